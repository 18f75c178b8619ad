using System.Security.Cryptography;
using System.Text;
using Publications.ListGenerator;
using Publications.Model;
using Publications.Parsing;

namespace Publications.Tests.Generator;

public sealed class ListGeneratorTests
{
    private static string Generate(int count, int seed = 42) => new PublicationListGenerator(new GeneratorOptions(count, seed)).WriteToString();

    private static PublicationList ParseClean(string text)
    {
        var result = ListParser.Parse(new StringReader(text), "generated.txt");
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        return result.List!;
    }

    [Fact]
    public void Same_seed_gives_the_same_text()
    {
        Assert.Equal(Generate(300, seed: 7), Generate(300, seed: 7));
    }

    [Fact]
    public void Different_seeds_give_different_text()
    {
        Assert.NotEqual(Generate(50, seed: 1), Generate(50, seed: 2));
    }

    [Fact]
    public void Output_is_pinned_so_benchmark_lists_stay_comparable_across_runs()
    {
        // Benchmarks and load tests compare figures taken on "--count N --seed 42" lists at different times:
        // if this fails the generator's output changed, so update the hash and say so in the benchmark README.
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Generate(50))));

        Assert.Equal(PinnedHashOf50Seed42, hash);
    }

    private const string PinnedHashOf50Seed42 = "864A42CF010C9F3187B7E9D510E5E20783E074D028B00A380277C329CEE40279";

    [Theory]
    [InlineData(1)]
    [InlineData(19)]
    [InlineData(1000)]
    public void Parser_reads_exactly_count_publications_with_no_errors_or_warnings(int count)
    {
        var list = ParseClean(Generate(count));

        Assert.Equal(count, list.Count);
        Assert.Equal("Synthetic Researcher", list.Owner);
    }

    [Fact]
    public void Zero_count_is_an_owner_only_list()
    {
        var list = ParseClean(Generate(0));

        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void Abstracts_have_between_100_and_350_words()
    {
        var words = ParseClean(Generate(500)).All.Select(p => p.Abstract.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToList();

        Assert.All(words, n => Assert.InRange(n, PublicationListGenerator.MinWords, PublicationListGenerator.MaxWords));
        // Spread over the range, not all the same length.
        Assert.True(words.Max() - words.Min() > 150, $"lengths {words.Min()}..{words.Max()}");
    }

    [Fact]
    public void Years_span_the_range_and_recent_years_have_more_papers()
    {
        var years = ParseClean(Generate(5000)).Years;

        Assert.Equal(2026, years[0].Year);
        Assert.Equal(1975, years[^1].Year);
        var recent = years.Where(y => y.Year >= 2016).Sum(y => y.Count);
        var oldest = years.Where(y => y.Year <= 1985).Sum(y => y.Count);
        Assert.True(recent > 5 * oldest, $"2016-2026: {recent}, 1975-1985: {oldest}");
    }

    [Fact]
    public void Abstracts_carry_the_shipped_lists_features()
    {
        var publications = ParseClean(Generate(500)).All;
        var links = publications.SelectMany(p => p.Links).Select(l => l.Kind).ToHashSet();

        Assert.Contains(LinkKind.Code, links);
        Assert.Contains(LinkKind.Model, links);
        Assert.Contains(LinkKind.Dataset, links);
        Assert.Contains(publications, p => p.Abstract.Contains("**", StringComparison.Ordinal));
        Assert.Contains(publications, p => p.Abstract.Contains(" *", StringComparison.Ordinal));
        Assert.Contains(publications, p => p.Abstract.Contains("athttps://", StringComparison.Ordinal));
        Assert.Contains(publications, p => p.Abstract.Contains('×', StringComparison.Ordinal));
        // Many papers name a contribution with its expansion, which the headline rule turns into "ACRONYM: Expansion".
        var named = publications.Count(p => p.Headline.Contains(": ", StringComparison.Ordinal));
        Assert.True(named > publications.Count / 4, $"{named} of {publications.Count} headlines are 'ACRONYM: Expansion'");
    }

    [Fact]
    public void Year_plan_hands_out_exactly_the_count()
    {
        foreach (var count in new[] { 0, 1, 19, 51, 52, 999, 100_000 })
        {
            Assert.Equal(count, YearPlan.Plan(count, 1975, 2026).Sum(y => y.Count));
        }
    }

    [Fact]
    public void WriteFile_writes_utf8_without_bom_and_lf_the_same_as_in_memory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"generator-test-{Guid.NewGuid():N}.txt");
        try
        {
            new PublicationListGenerator(new GeneratorOptions(120)).WriteFile(path);

            var bytes = File.ReadAllBytes(path);
            Assert.Equal(Encoding.UTF8.GetBytes(Generate(120)), bytes);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal(120, ListParser.ParseFile(path).List!.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--seed", "1", "--out", "x.txt")]
    [InlineData("--count", "ten", "--out", "x.txt")]
    [InlineData("--count", "10")]
    [InlineData("--count", "10", "--out", "x.txt", "--colour", "red")]
    [InlineData("--count", "-1", "--out", "x.txt")]
    public void Bad_arguments_are_rejected_with_a_message(params string[] args)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => GeneratorArguments.Parse(args));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Arguments_are_read_with_defaults()
    {
        var (options, output) = GeneratorArguments.Parse(["--count", "100000", "--out", "/tmp/pubs.txt"]);

        Assert.Equal(new GeneratorOptions(100_000, 42, 1975, 2026, "Synthetic Researcher"), options);
        Assert.Equal("/tmp/pubs.txt", output);
    }
}
