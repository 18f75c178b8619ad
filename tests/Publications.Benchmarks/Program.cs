using BenchmarkDotNet.Running;
using Publications.Benchmarks;

// Runs the benchmarks chosen by BenchmarkDotNet's own arguments, e.g.
//   dotnet run -c Release --project tests/Publications.Benchmarks -- --filter '*Search*' --job short
// plus one of ours: --sizes 19,10000 (default 19,10000,100000), passed on to the benchmark processes
// through the environment because BenchmarkDotNet rejects options it does not know.
// Or, with --lucene-floor LIST FOLDER, no benchmark: the leanest Lucene.Net index of a list (see LuceneFloor.cs).
if (args is [LuceneFloor.Verb, var list, var folder])
{
    return LuceneFloor.Run(list, folder);
}
var sizesAt = Array.IndexOf(args, "--sizes");
if (sizesAt >= 0 && sizesAt + 1 < args.Length)
{
    Environment.SetEnvironmentVariable(BenchmarkLists.SizesVariable, args[sizesAt + 1]);
    args = [.. args[..sizesAt], .. args[(sizesAt + 2)..]];
}
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkLists).Assembly).Run(args);
return 0;
