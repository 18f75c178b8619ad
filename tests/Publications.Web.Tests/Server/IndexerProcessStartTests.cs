using System.Globalization;
using Publications.Web.Infrastructure;
using Publications.Web.Tests.Infrastructure;

namespace Publications.Web.Tests.Server;

/// <summary>
/// The real app process with an index folder: the first start on a large list has the index built by the indexer
/// process (the app started again, see <see cref="IndexerProcess"/>), serves exactly what the app serves with
/// everything in memory, and a restart reads the folder back; a small list, or the indexer turned off, is built in
/// the server. Under the test server there is no indexer process (the app is not the entry point), so only a real
/// process can show this.
/// </summary>
public sealed class IndexerProcessStartTests : IDisposable
{
    private static readonly string[] s_urls =
    [
        "/api/search?q=okapi+herds",
        "/api/search?q=%22sparse+attention%22&sort=newest",
        "/api/search?q=distill*",
        "/api/publications?year=2019",
    ];

    private static readonly string[] s_topics = ["okapi herds", "sparse attention", "distillation", "zebra stripes", "graph routing", "protein folding"];

    private readonly DirectoryInfo _indexPath = Directory.CreateTempSubdirectory("publications-indexer-start-");

    private const int Years = 24;
    private const int PerYear = 150;

    /// <summary>A list above <see cref="IndexerProcess.MinimumListBytes"/>: 3,600 papers over 24 years, about 1.5 MB.</summary>
    private static string LargeList()
    {
        var text = new System.Text.StringBuilder("Synthetic Researcher\n");
        for (var year = 2024; year > 2024 - Years; year--)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{year}\n");
            for (var i = 0; i < PerYear; i++)
            {
                var topic = s_topics[(year + i) % s_topics.Length];
                var other = s_topics[(year * 7 + i) % s_topics.Length];
                text.Append(CultureInfo.InvariantCulture,
                    $"We present Model{year}x{i}, a study of {topic} that distills {other} into {i % 13 + 2} stages. ")
                    .Append(CultureInfo.InvariantCulture,
                    $"Across {i + 3} benchmarks it improves on prior work by {(year + i) % 17} points while using {i % 5 + 1} times less memory, ")
                    .Append(CultureInfo.InvariantCulture,
                    $"and an ablation shows which parts of {topic} matter most. Code is at https://github.com/lab/model-{year}-{i}.\n");
            }
        }
        return text.ToString();
    }

    private static Task<string[]> Answers(HttpClient client) => HttpAnswers.OfAsync(client, s_urls);

    private async Task<(string[] Answers, string Log)> StartAndAsk(string listPath, params string[] arguments)
    {
        await using var app = await AppProcess.StartAsync(listPath, TimeSpan.FromMinutes(1),
            [$"--Publications:IndexPath={_indexPath.FullName}", .. arguments]);
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var answers = await Answers(client);
        // The answers came after the catalog loaded; its log line may still be on its way through the pipe.
        for (var wait = 0; wait < 100 && !app.Log.Contains("Loaded ", StringComparison.Ordinal); wait++)
        {
            await Task.Delay(50);
        }
        return (answers, app.Log);
    }

    [Fact]
    public async Task A_large_list_is_built_by_the_indexer_process_serves_what_memory_serves_and_a_restart_reads_it_back()
    {
        using var memory = new InlineListFactory(LargeList());
        Assert.True(new FileInfo(memory.ListPath).Length >= IndexerProcess.MinimumListBytes);
        var inMemory = await Answers(memory.CreateClient());

        var (first, firstLog) = await StartAndAsk(memory.ListPath);
        var folder = Assert.Single(_indexPath.GetDirectories());
        var (restarted, restartLog) = await StartAndAsk(memory.ListPath);

        Assert.Equal(inMemory, first);
        Assert.Matches(@"The indexer process \(\d+\) ended after \d+ ms, having used at most [1-9]\d* MB of memory", firstLog);
        Assert.Contains($"Loaded {Years * PerYear} publications in {Years} years", firstLog, StringComparison.Ordinal);
        Assert.Contains($"while building the index in {folder.FullName} (the indexer process)", firstLog, StringComparison.Ordinal);
        Assert.DoesNotContain("building the index in this process instead", firstLog, StringComparison.Ordinal);
        Assert.Equal(inMemory, restarted);
        Assert.Contains($"read back from {folder.FullName}", restartLog, StringComparison.Ordinal);
        Assert.DoesNotContain("indexer process", restartLog, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_indexer_turned_off_the_server_builds_a_large_list_itself()
    {
        using var memory = new InlineListFactory(LargeList());

        var (answers, log) = await StartAndAsk(memory.ListPath, "--Publications:SeparateIndexer=false");

        Assert.Equal(await Answers(memory.CreateClient()), answers);
        Assert.Contains("(this process)", log, StringComparison.Ordinal);
        Assert.DoesNotContain("indexer process", log, StringComparison.Ordinal);
        Assert.Single(_indexPath.GetDirectories());
    }

    [Fact]
    public async Task A_small_list_is_built_in_the_server_where_a_second_process_would_cost_more_than_it_saves()
    {
        Assert.True(new FileInfo(PublicationsFactory.ShippedListPath).Length < IndexerProcess.MinimumListBytes);

        var (_, log) = await StartAndAsk(PublicationsFactory.ShippedListPath);

        Assert.Contains("(this process)", log, StringComparison.Ordinal);
        Assert.DoesNotContain("indexer process", log, StringComparison.Ordinal);
    }

    public void Dispose() => _indexPath.Delete(recursive: true);
}
