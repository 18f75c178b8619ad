using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Publications.Search;

namespace Publications.Benchmarks;

/// <summary>
/// The least a Lucene.Net full-text index of a list costs on this machine, for <c>startup.sh</c> to set beside the
/// app's first start and SQLite FTS5: the same input as FTS5 (every line of the file one document, nothing parsed or
/// derived) and the same work (one analyzed field with positions, English stop words and the Porter stemmer:
/// <see cref="EnglishAnalyzer"/>), built the way the app builds (a writer per core fed from one reading thread in
/// batches of <see cref="PartWriters.BatchSize"/>, the parts then copied into one index and committed, with the app's
/// own <see cref="IndexWriting"/> configuration and <see cref="PositionalReadDirectory"/>), and nothing else: no records, headlines, names, link labels,
/// words field or doc values. Run as <c>Publications.Benchmarks --lucene-floor LIST FOLDER</c>; prints the lines
/// and the seconds taken.
/// </summary>
internal static class LuceneFloor
{
    /// <summary>The first argument that runs this instead of BenchmarkDotNet.</summary>
    public const string Verb = "--lucene-floor";

    /// <summary>Builds the index of <paramref name="listPath"/> in <paramref name="folder"/> (created if missing; an index there is replaced).</summary>
    public static int Run(string listPath, string folder)
    {
        var started = Stopwatch.GetTimestamp();
        var parts = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(part => (Lucene.Net.Store.Directory)new PositionalReadDirectory(Path.Combine(folder, $"part-{part}"))).ToArray();
        long lines = 0;
        try
        {
            using (var batches = new BlockingCollection<string[]>(boundedCapacity: 2 * parts.Length))
            {
                var writers = parts.Select(part => Task.Factory.StartNew(
                    () => Write(part, batches, parts.Length),
                    CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
                var batch = new List<string>(PartWriters.BatchSize);
                foreach (var line in File.ReadLines(listPath))
                {
                    batch.Add(line);
                    lines++;
                    if (batch.Count == PartWriters.BatchSize)
                    {
                        batches.Add([.. batch]);
                        batch.Clear();
                    }
                }
                batches.Add([.. batch]);
                batches.CompleteAdding();
                Task.WaitAll(writers);
            }
            using var index = new PositionalReadDirectory(Path.Combine(folder, "index"));
            using var analyzer = new EnglishAnalyzer(PublicationAnalyzer.Version);
            using var writer = new IndexWriter(index, IndexWriting.Config(analyzer));
            writer.AddIndexes(parts);
            writer.Commit();
        }
        finally
        {
            IOUtils.Dispose(parts);
        }
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines} lines in {seconds:F3} s"));
        return 0;
    }

    private static void Write(Lucene.Net.Store.Directory part, BlockingCollection<string[]> batches, int parts)
    {
        using var analyzer = new EnglishAnalyzer(PublicationAnalyzer.Version);
        using var writer = new IndexWriter(part, IndexWriting.PartConfig(analyzer, parts));
        // One field reused for every document, as the app does: analyzed, positions kept (phrases), not stored.
        var text = new TextField("text", "", Field.Store.NO);
        var document = new Document { text };
        foreach (var batch in batches.GetConsumingEnumerable())
        {
            foreach (var line in batch)
            {
                text.SetStringValue(line);
                writer.AddDocument(document);
            }
        }
        writer.Commit();
    }
}
