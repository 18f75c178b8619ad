using Publications.Model;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Search;

/// <summary>Builds indexes for tests: small inline lists, or the shipped list.</summary>
internal static class TestIndexes
{
    /// <summary>Parses an inline list (owner line, blank line, then years and abstracts) and indexes it.</summary>
    public static PublicationIndex FromText(string listText)
    {
        var result = ListParser.Parse(new StringReader(listText), "test.txt");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return new PublicationIndex(result.List!);
    }

    /// <summary>Indexes one year's abstracts.</summary>
    public static PublicationIndex FromAbstracts(int year, params string[] abstracts) =>
        FromText($"Owner\n\n{year}\n{string.Join('\n', abstracts)}\n");

    /// <summary>Indexes the shipped list, copied next to the tests.</summary>
    public static PublicationIndex RealList()
    {
        var result = ListParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "seeds", "biqing-qi.txt"));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return new PublicationIndex(result.List!);
    }

    public static SearchResults Search(this PublicationIndex index, string? query, YearRange? years = null,
        SearchSort sort = SearchSort.Relevance, int page = 1, int pageSize = 10) =>
        index.Search(new SearchRequest(query, years, sort, page, pageSize));

    /// <summary>The hits' abstracts, in result order.</summary>
    public static List<string> Abstracts(this SearchResults results) =>
        [.. results.Hits.Select(h => h.Publication.Abstract)];

    /// <summary>The hits as (year, ordinal), in result order.</summary>
    public static List<(int Year, int Ordinal)> Positions(this SearchResults results) =>
        [.. results.Hits.Select(h => (h.Publication.Year, h.Publication.Ordinal))];

    public static Publication Only(this SearchResults results) => Assert.Single(results.Hits).Publication;
}
