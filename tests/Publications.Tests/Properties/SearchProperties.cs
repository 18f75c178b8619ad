using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Publications.Parsing;
using Publications.Search;

namespace Publications.Tests.Properties;

/// <summary>Generated queries: quotes, brackets, operators, wildcards, Unicode, control characters, long text.</summary>
public sealed class SearchProperties : IClassFixture<SearchProperties.ShippedIndex>
{
    private static readonly string[] Pieces =
    [
        "model", "diffusion", "\"", "(", ")", "[", "]", "{", "}", "OR", "AND", "NOT", "-", "+", "*", "?", "~", "^2", ":", "year:", "year:2024",
        "year:2023..2025", "year:abcd", "/", "\\", "/[ab]*a[ab]{20}/", "/(/", "&&", "||", "!", "é", "研究", "\u202E", "\u0000", "\u0007",
        "\uD83D\uDE00", "\uD800", "hallucin*", "a*", "*", " ", "  ", "\t", "\n", "’s", "SDAR-VL", "LLMRouterBench",
    ];

    private readonly PublicationIndex _index;

    public SearchProperties(ShippedIndex shipped)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        _index = shipped.Index;
    }

    private static Gen<string> Queries =>
        Gen.OneOf(
            Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p)),
            Gen.Elements(Pieces).ArrayOf().Select(p => string.Join(' ', p)),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    [Property(MaxTest = 400)]
    public Property Any_query_answers_without_throwing_and_within_the_page()
    {
        return Prop.ForAll(Queries.ToArbitrary(), (string query) =>
        {
            var results = _index.Search(new SearchRequest(query));
            return (results.Total >= results.Hits.Count && results.Hits.Count <= 10 && results.Total <= _index.Count)
                .Label($"{query} -> {results.Total}");
        });
    }

    [Property(MaxTest = 100)]
    public bool Any_page_sort_and_year_answers(int page, int pageSize, SearchSort sort, int from, int to)
    {
        var request = new SearchRequest("model", new YearRange(from, to), sort, page, pageSize);
        var results = _index.Search(request);
        return results.Total >= 0 && results.Hits.Count <= Math.Max(1, Math.Min(100, pageSize));
    }

    [Fact]
    public void Known_killers_answer_with_a_notice()
    {
        string[] killers =
        [
            "/[ab]*a[ab]{20}/",
            new string('(', 20_000) + "model" + new string(')', 20_000),
            string.Join(' ', Enumerable.Range(0, 1025).Select(i => $"w{i}")),
            "/(/",
            new string('x', 10_240),
        ];
        foreach (var query in killers)
        {
            var results = _index.Search(new SearchRequest(query));
            Assert.NotNull(results.Notice);
        }
    }

    /// <summary>One index of the shipped list for the whole class (read-only, thread-safe).</summary>
    public sealed class ShippedIndex : IDisposable
    {
        public PublicationIndex Index { get; } = new(ListParser.ParseFile(TestFiles.ShippedList).List!);

        public void Dispose() => Index.Dispose();
    }
}
