using Lucene.Net.Util;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

public sealed class TimeLimitTests
{
    /// <summary>A clock that races ahead ten seconds at every reading: every search is over its time at once.</summary>
    private sealed class RacingClock : Counter
    {
        private long _now;

        public override long Value => Interlocked.Add(ref _now, 10_000);

        public override long AddAndGet(long delta) => Interlocked.Add(ref _now, delta);
    }

    [Fact]
    public void Search_over_its_time_stops_with_a_notice_instead_of_running_on()
    {
        var list = ListParser.Parse(new StringReader("Owner\n\n2024\nZebra detection.\nGiraffe detection.\nOkapi detection.\n"), "t.txt").List!;
        using var index = new PublicationIndex(list, folder: null, [], new RacingClock());

        var results = index.Search(new SearchRequest("detection"));

        Assert.Contains("took too long", results.Notice, StringComparison.Ordinal);
        Assert.True(results.Total < 3, $"Collected {results.Total} of 3 after the limit tripped.");
    }

    [Fact]
    public void Search_within_its_time_has_no_notice()
    {
        var list = ListParser.Parse(new StringReader("Owner\n\n2024\nZebra detection.\nGiraffe detection.\n"), "t.txt").List!;
        using var index = new PublicationIndex(list);

        var results = index.Search(new SearchRequest("detection"));

        Assert.Null(results.Notice);
        Assert.Equal(2, results.Total);
    }

    [Fact]
    public void Repeated_request_is_answered_from_the_cache_but_a_cut_short_search_is_not_kept()
    {
        var list = ListParser.Parse(new StringReader("Owner\n\n2024\nZebra detection.\nGiraffe detection.\n"), "t.txt").List!;
        using var normal = new PublicationIndex(list);
        using var racing = new PublicationIndex(list, folder: null, [], new RacingClock());

        Assert.Same(normal.Search(new SearchRequest("detection")), normal.Search(new SearchRequest("detection")));
        Assert.NotSame(normal.Search(new SearchRequest("detection")), normal.Search(new SearchRequest("detection", Page: 2)));
        Assert.NotSame(racing.Search(new SearchRequest("detection")), racing.Search(new SearchRequest("detection")));
    }
}
