using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Publications.Search;

namespace Publications.Web.Infrastructure;

/// <summary>
/// Builds a new index folder in a process of its own: this same program, started again with <see cref="Verb"/>.
/// </summary>
/// <remarks>
/// <para>
/// Why a process: runtime settings are per process, and building an index and serving pages want different ones.
/// A build is one batch job of a few seconds, and on a first start its hot methods spent a third of that in
/// the runtime's warm-up: first in code that collects profiles for tiered PGO (the probes alone were a quarter of
/// the CPU), then waiting for their optimised versions. Without PGO and without the call-counting delay, the build
/// reaches optimised code at once: at 100,000 papers the build alone takes 10–11 s instead of 14.5–15.7 s, and the
/// first start 14–14.5 s instead of 16.6–17.9 s (see tests/Publications.Benchmarks/README.md). Turning PGO off in
/// the server instead cost searches a fifth to a quarter of their throughput for as long as it runs. The build's
/// memory (630–870 MB at its peak at 100,000 papers) also goes back to the system when the indexer exits.
/// </para>
/// <para>
/// The server waits for the indexer and reads its answer (<see cref="IndexerAnswer"/>: built, or the list's errors
/// and warnings, and the indexer's peak memory) as one JSON line on its standard output; it then opens the folder
/// as a restart does. The indexer is an optimisation, never a requirement: when it cannot start, fails, or answers
/// something unreadable, the server logs why and builds in its own process. One stopped by SIGINT or SIGTERM stops
/// the load instead (the app is being stopped).
/// </para>
/// </remarks>
internal static partial class IndexerProcess
{
    /// <summary>The first argument that makes this program an indexer: then list path, folder and content hash follow.</summary>
    public const string Verb = "--build-index-folder";

    /// <summary>
    /// Lists smaller than this are built in the server's process: starting a second runtime costs about a third of a
    /// second, more than it saves on a small build. Measured first starts (published app, alternating runs): 300
    /// papers (0.5 MB) 1.66–1.76 s in the server against 1.99–2.12 s with the indexer; 1,000 papers (1.7 MB)
    /// 3.15–3.20 s against 2.47–2.54 s; 10,000 papers 6.7–7.1 s against 5.1–5.4 s.
    /// </summary>
    public const long MinimumListBytes = 1 << 20;

    /// <summary>The exit codes of a process ended by SIGINT and SIGTERM (128 + the signal's number).</summary>
    private const int StoppedByInterrupt = 130, StoppedByTerminate = 143;

    /// <summary>The indexer's runtime settings (environment variables): code optimised at once, as a batch job wants.</summary>
    internal static readonly IReadOnlyDictionary<string, string> RuntimeSettings = new Dictionary<string, string>
    {
        // Tiered PGO first runs hot methods in instrumented code (class and count probes) and only then optimises
        // them with the profile: worth it for a server's hours, not for a build's seconds.
        ["DOTNET_TieredPGO"] = "0",
        // Start counting calls at once instead of after 100 ms without new methods: hot methods tier up sooner.
        ["DOTNET_TC_CallCountingDelayMs"] = "0",
    };

    /// <summary>True when the list at <paramref name="listPath"/> is large enough for the indexer to pay (<see cref="MinimumListBytes"/>).</summary>
    public static bool Pays(string listPath)
    {
        try
        {
            return new FileInfo(listPath).Length >= MinimumListBytes;
        }
        catch (IOException)
        {
            // Gone or unreadable: the parse in this process says so, with the file and line.
            return false;
        }
    }

    /// <summary>True when <paramref name="args"/> start this program as an indexer (see <see cref="Run"/>).</summary>
    public static bool IsInvocation(string[] args) => args is [Verb, ..];

    /// <summary>
    /// The indexer: builds the folder named in <paramref name="args"/> (<see cref="Verb"/>, list path, folder, content
    /// hash) with <see cref="PublicationIndex.BuildFolder"/> and writes the outcome to <paramref name="output"/> as one
    /// JSON line. Exit code 0 when it could say what happened, the list's errors included; 2 for wrong arguments.
    /// Anything thrown (a full disk, say) ends the process with the runtime's own report on stderr.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not [Verb, var listPath, var folder, var contentHash])
        {
            error.WriteLine($"usage: {Verb} LIST_PATH INDEX_FOLDER CONTENT_HASH");
            return 2;
        }
        var result = PublicationIndex.BuildFolder(listPath, folder, contentHash);
        using var self = Process.GetCurrentProcess();
        output.WriteLine(JsonSerializer.Serialize(new IndexerAnswer(result, self.PeakWorkingSet64), OutcomeJson.Default.IndexerAnswer));
        output.Flush();
        return 0;
    }

    /// <summary>
    /// How to start this program again, or null when it cannot be: when it is not the process's entry point (a
    /// test host running the app in memory) or the process's path is unknown.
    /// </summary>
    public static IndexerCommand? ThisProgram()
    {
        var app = typeof(IndexerProcess).Assembly;
        if (Assembly.GetEntryAssembly() != app || Environment.ProcessPath is not { Length: > 0 } process)
        {
            return null;
        }
        // `dotnet Publications.Web.dll` runs the muxer, which needs the app's path; the app host and a single-file
        // app run themselves.
        return Path.GetFileNameWithoutExtension(process) == "dotnet" && app.Location.Length > 0
            ? new IndexerCommand(process, [app.Location])
            : new IndexerCommand(process, []);
    }

    /// <summary>
    /// Runs the indexer for <paramref name="listPath"/> into <paramref name="folder"/> and waits for it: its outcome,
    /// or null (with a warning logged) when the indexer process itself failed and the caller should build in its own.
    /// </summary>
    /// <exception cref="OperationCanceledException">The indexer was stopped by SIGINT or SIGTERM: the app is being stopped.</exception>
    public static FolderBuildResult? TryBuild(IndexerCommand command, string listPath, string folder, string contentHash, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(command);
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments.Concat([Verb, Path.GetFullPath(listPath), Path.GetFullPath(folder), contentHash]))
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in RuntimeSettings)
        {
            start.Environment[name] = value;
        }
        var started = Stopwatch.GetTimestamp();
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new IOException($"{command.FileName} did not start");
        }
        catch (Exception e) when (e is Win32Exception or IOException)
        {
            LogFailed(logger, "it could not be started", e.Message);
            return null;
        }
        using (process)
        {
            // Both pipes are drained at once, so neither can fill up and stall the indexer.
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var stderr = error.GetAwaiter().GetResult();
            if (process.ExitCode is StoppedByInterrupt or StoppedByTerminate)
            {
                // Stopped on purpose (Ctrl+C in the terminal, a service manager stopping the app's group): building
                // again here would only make the app slower to stop.
                throw new OperationCanceledException($"the indexer process was stopped by {(process.ExitCode == StoppedByInterrupt ? "SIGINT" : "SIGTERM")} while it built the index");
            }
            if (process.ExitCode != 0)
            {
                LogFailed(logger, $"it exited with code {process.ExitCode}", FirstLine(stderr));
                return null;
            }
            if (Read(output) is not { } answer)
            {
                LogFailed(logger, "its answer could not be read", FirstLine(output));
                return null;
            }
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogDone(logger, process.Id, (long)elapsed.TotalMilliseconds, answer.PeakBytes / (1024 * 1024));
            return answer.Outcome;
        }
    }

    /// <summary>The answer in the indexer's <paramref name="output"/> (its last line), or null when there is none.</summary>
    internal static IndexerAnswer? Read(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return null;
        }
        try
        {
            var answer = JsonSerializer.Deserialize(lines[^1], OutcomeJson.Default.IndexerAnswer);
            // Every member is required by the reader, so an answer is complete; errors are what a failed build has.
            return answer?.Outcome is { Built: true } or { Errors.Count: > 0 } or { ListChanged: true } ? answer : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var first, ..] ? first : "(nothing written)";

    [LoggerMessage(Level = LogLevel.Warning, Message = "The indexer process failed ({Why}: {Detail}); building the index in this process instead")]
    private static partial void LogFailed(ILogger logger, string why, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "The indexer process ({ProcessId}) ended after {ElapsedMs} ms, having used at most {PeakMegabytes} MB of memory")]
    private static partial void LogDone(ILogger logger, int processId, long elapsedMs, long peakMegabytes);

    [JsonSourceGenerationOptions(RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
    [JsonSerializable(typeof(IndexerAnswer))]
    private sealed partial class OutcomeJson : JsonSerializerContext;
}

/// <summary>What the indexer writes: the build's <paramref name="Outcome"/>, and the most memory it held (<paramref name="PeakBytes"/>, resident), which the server logs.</summary>
internal sealed record IndexerAnswer(FolderBuildResult Outcome, long PeakBytes);

/// <summary>A program to start as the indexer: <paramref name="FileName"/> with <paramref name="Arguments"/> before the indexer's own.</summary>
internal sealed record IndexerCommand(string FileName, IReadOnlyList<string> Arguments);
