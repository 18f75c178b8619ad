using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Publications.Model;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>
/// The index parts written while the list is parsed (<see cref="PartWriters"/>): a part that fails stops the build
/// with its own exception instead of leaving the adding thread waiting, and a build abandoned before it completes
/// commits nothing.
/// </summary>
public sealed class PartWritersTests
{
    private static IReadOnlyList<Publication> Papers(int count)
    {
        var text = new StringBuilder("Owner\n\n2024\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("Paper ").Append(i).Append(" studies okapi herd number ").Append(i).Append(".\n");
        }
        return ListParser.Parse(new StringReader(text.ToString()), "list.txt").List!.All;
    }

    [Fact]
    public void A_part_that_cannot_write_fails_the_build_with_its_own_exception()
    {
        Lucene.Net.Store.Directory[] parts = [new RAMDirectory(), new FailingDirectory()];
        using var analyzer = new PublicationAnalyzer(AnalysisMode.Index);
        try
        {
            var thrown = Record.Exception(() =>
            {
                using var writers = new PartWriters(parts, analyzer);
                foreach (var publication in Papers(3 * PartWriters.BatchSize))
                {
                    writers.Add(publication);
                }
                writers.Complete();
            });

            Assert.IsType<IOException>(thrown);
            Assert.Equal(FailingDirectory.Message, thrown.Message);
        }
        finally
        {
            Lucene.Net.Util.IOUtils.Dispose(parts);
        }
    }

    [Fact]
    public async Task A_part_failing_while_the_queue_is_full_releases_the_adding_thread()
    {
        // The only part fails as its writer opens the directory, while the caller keeps adding far more batches than
        // the queue holds: Add must throw, not wait forever for room.
        Lucene.Net.Store.Directory[] parts = [new FailingDirectory()];
        using var analyzer = new PublicationAnalyzer(AnalysisMode.Index);
        var papers = Papers(2 * PartWriters.BatchSize);
        const int rounds = 200;
        var added = 0;
        try
        {
            var adding = Task.Run(() => Record.Exception(() =>
            {
                using var writers = new PartWriters(parts, analyzer);
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var publication in papers)
                    {
                        writers.Add(publication);
                        added++;
                    }
                }
                writers.Complete();
            }));

            // A deadline, not a speed limit: without the release this waits forever, and a hung test proves nothing.
            var thrown = await adding.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.IsType<IOException>(thrown);
            Assert.True(added < rounds * papers.Count, "every paper was added: the failure was only seen at completion");
        }
        finally
        {
            Lucene.Net.Util.IOUtils.Dispose(parts);
        }
    }

    [Fact]
    public void Parts_abandoned_before_completion_commit_nothing()
    {
        Lucene.Net.Store.Directory[] parts = [new RAMDirectory(), new RAMDirectory()];
        using var analyzer = new PublicationAnalyzer(AnalysisMode.Index);
        try
        {
            using (var writers = new PartWriters(parts, analyzer))
            {
                foreach (var publication in Papers(3 * PartWriters.BatchSize))
                {
                    writers.Add(publication);
                }
            }

            Assert.All(parts, part => Assert.False(DirectoryReader.IndexExists(part)));
        }
        finally
        {
            Lucene.Net.Util.IOUtils.Dispose(parts);
        }
    }

    /// <summary>A directory every file written to fails, as a full disk would.</summary>
    private sealed class FailingDirectory : RAMDirectory
    {
        public const string Message = "no space left for this part";

        public override IndexOutput CreateOutput(string name, IOContext context) => throw new IOException(Message);
    }
}
