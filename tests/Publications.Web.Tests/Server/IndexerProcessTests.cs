using Publications.Parsing;
using Publications.Search;
using Publications.Web.Infrastructure;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Server;

/// <summary>
/// The indexer process (<see cref="IndexerProcess"/>): what it writes, how the server reads it, and that every way
/// it can fail sends the server back to building in its own process. The real app starting one is in
/// <see cref="IndexerProcessStartTests"/>.
/// </summary>
public sealed class IndexerProcessTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("publications-indexer-");

    private string Folder => Path.Combine(_temp.FullName, "index");

    private string WriteList(string text)
    {
        var path = Path.Combine(_temp.FullName, "list.txt");
        File.WriteAllText(path, text);
        return path;
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = IndexerProcess.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_indexer_builds_the_folder_and_says_so_in_one_line_the_server_reads()
    {
        var path = WriteList("Owner\n\n2024\nA paper about okapi herds.\nAnother paper about zebra stripes.\n");

        var (exitCode, output, _) = Run(IndexerProcess.Verb, path, Folder, ListParser.ContentHashOf(path)!);

        Assert.Equal(0, exitCode);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var answer = IndexerProcess.Read(output);
        Assert.NotNull(answer);
        // Its own resident peak: at least the runtime itself (tens of megabytes), at most what the machine has.
        Assert.InRange(answer.PeakBytes, 10L << 20, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        var result = answer.Outcome;
        Assert.True(result.Built);
        Assert.Empty(result.Errors);
        Assert.False(result.ListChanged);
        using var stored = PublicationIndex.OpenStored(Folder, path)?.Index;
        Assert.NotNull(stored);
        Assert.Equal(2, stored.Count);
    }

    [Fact]
    public void A_broken_list_comes_back_with_its_errors_and_warnings_as_the_parser_gives_them_and_builds_nothing()
    {
        var path = WriteList("Owner\n\n2024\nA paper about okapi herds.\n\nbad \u0001 line\n2023\n2023\nA paper.\n");
        var parsed = ListParser.ParseFile(path);
        Assert.NotEmpty(parsed.Errors);

        var (exitCode, output, _) = Run(IndexerProcess.Verb, path, Folder, ListParser.ContentHashOf(path)!);

        Assert.Equal(0, exitCode);
        var result = IndexerProcess.Read(output)?.Outcome;
        Assert.NotNull(result);
        Assert.False(result.Built);
        Assert.Equal(parsed.Errors, result.Errors);
        Assert.Equal(parsed.Warnings, result.Warnings);
        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public void A_list_that_no_longer_has_the_hash_it_was_started_with_is_reported_as_changed()
    {
        var path = WriteList("Owner\n\n2024\nA paper about okapi herds.\n");

        var (_, output, _) = Run(IndexerProcess.Verb, path, Folder, "0123456789abcdef");

        var result = IndexerProcess.Read(output)?.Outcome;
        Assert.NotNull(result);
        Assert.True(result.ListChanged);
        Assert.False(result.Built);
        Assert.False(Directory.Exists(Folder));
    }

    [Fact]
    public void Wrong_arguments_give_the_usage_and_exit_code_2()
    {
        var (exitCode, output, error) = Run(IndexerProcess.Verb, "only-a-list.txt");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"usage: {IndexerProcess.Verb} ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Unhandled exception.\n")]
    [InlineData("{}")]
    [InlineData("{\"Built\":true,\"Errors\":[],\"Warnings\":[],\"ListChanged\":false,\"Parsing\":\"00:00:01\"}")]
    [InlineData("{\"Outcome\":{\"Built\":true},\"PeakBytes\":1}")]
    [InlineData("{\"Outcome\":{\"Built\":true,\"Errors\":[],\"Warnings\":[],\"ListChanged\":false,\"Parsing\":\"00:00:01\"}}")]
    [InlineData("{\"Outcome\":{\"Built\":false,\"Errors\":[],\"Warnings\":[],\"ListChanged\":false,\"Parsing\":\"00:00:01\"},\"PeakBytes\":1}")]
    [InlineData("{\"Outcome\":{\"Built\":true,\"Errors\":null,\"Warnings\":[],\"ListChanged\":false,\"Parsing\":\"00:00:01\"},\"PeakBytes\":1}")]
    public void An_answer_that_is_missing_incomplete_or_says_nothing_happened_is_not_read(string output) =>
        Assert.Null(IndexerProcess.Read(output));

    [Fact]
    public void The_server_starts_the_indexer_with_its_arguments_and_runtime_settings()
    {
        var path = WriteList("Owner\n\n2024\nA paper.\n");
        var seen = Path.Combine(_temp.FullName, "seen.txt");
        // A stand-in indexer: notes what it was given, then answers as the real one does.
        var script = $"printf '%s\\n' \"$@\" \"PGO=$DOTNET_TieredPGO\" \"delay=$DOTNET_TC_CallCountingDelayMs\" > '{seen}'; "
            + "echo '{\"Outcome\":{\"Built\":true,\"Errors\":[],\"Warnings\":[],\"ListChanged\":false,\"Parsing\":\"00:00:02\"},\"PeakBytes\":734003200}'";
        var logger = new RecordingLogger();

        var result = IndexerProcess.TryBuild(new IndexerCommand("/bin/sh", ["-c", script, "indexer"]), path, Folder, "feedface", logger);

        Assert.NotNull(result);
        Assert.True(result.Built);
        Assert.Equal(TimeSpan.FromSeconds(2), result.Parsing);
        Assert.Equal([IndexerProcess.Verb, path, Path.GetFullPath(Folder), "feedface", "PGO=0", "delay=0"], File.ReadAllLines(seen));
        Assert.DoesNotContain(logger.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal));
        Assert.Contains(logger.Lines, line => line.StartsWith("Information: The indexer process (", StringComparison.Ordinal) && line.EndsWith(", having used at most 700 MB of memory", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("echo 'Unhandled exception. System.IO.IOException: No space left on device' >&2; exit 134", "exited with code 134: Unhandled exception. System.IO.IOException: No space left on device")]
    [InlineData("echo 'not an answer'", "its answer could not be read: not an answer")]
    [InlineData("exit 0", "its answer could not be read: (nothing written)")]
    public void An_indexer_that_fails_sends_the_server_back_to_building_itself_with_a_warning_saying_why(string script, string why)
    {
        var path = WriteList("Owner\n\n2024\nA paper.\n");
        var logger = new RecordingLogger();

        var result = IndexerProcess.TryBuild(new IndexerCommand("/bin/sh", ["-c", script, "indexer"]), path, Folder, "feedface", logger);

        Assert.Null(result);
        var warning = Assert.Single(logger.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal));
        Assert.Contains(why, warning, StringComparison.Ordinal);
        Assert.EndsWith("building the index in this process instead", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INT", "SIGINT")]
    [InlineData("TERM", "SIGTERM")]
    public void An_indexer_stopped_by_a_signal_stops_the_load_instead_of_building_again(string signal, string named)
    {
        var path = WriteList("Owner\n\n2024\nA paper.\n");
        var logger = new RecordingLogger();

        var stopped = Assert.Throws<OperationCanceledException>(() =>
            IndexerProcess.TryBuild(new IndexerCommand("/bin/sh", ["-c", $"kill -{signal} $$; sleep 5", "indexer"]), path, Folder, "feedface", logger));

        Assert.Equal($"the indexer process was stopped by {named} while it built the index", stopped.Message);
        Assert.DoesNotContain(logger.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indexer_that_cannot_be_started_sends_the_server_back_to_building_itself()
    {
        var path = WriteList("Owner\n\n2024\nA paper.\n");
        var logger = new RecordingLogger();

        var result = IndexerProcess.TryBuild(new IndexerCommand(Path.Combine(_temp.FullName, "no-such-program"), []), path, Folder, "feedface", logger);

        Assert.Null(result);
        Assert.Contains(logger.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("it could not be started", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_a_test_host_the_app_is_not_the_entry_point_so_there_is_no_indexer_to_start() =>
        Assert.Null(IndexerProcess.ThisProgram());

    public void Dispose() => _temp.Delete(recursive: true);
}
