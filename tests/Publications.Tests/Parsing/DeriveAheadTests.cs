using System.Text;
using Publications.ListGenerator;
using Publications.Parsing;
using Publications.Text;

namespace Publications.Tests.Parsing;

/// <summary>
/// Abstracts are derived in chunks on the thread pool while the file is still being read (YearBuilder): every paper
/// must still get exactly its own derived text, in file order, with slugs given in file order.
/// </summary>
public sealed class DeriveAheadTests
{
    [Fact]
    public void Papers_derived_ahead_in_chunks_get_their_own_text_in_file_order()
    {
        // Years with several full chunks and a remainder, and a year heading that comes back later in the file.
        var generated = new PublicationListGenerator(new GeneratorOptions(3 * YearBuilder.ChunkSize + 40, 31)).WriteToString();
        var abstracts = generated.Split('\n').Skip(1).Where(l => l.Trim().Length > 4).Select(l => l.Trim()).ToList();
        var text = new StringBuilder("Owner\n\n2024\n");
        foreach (var line in abstracts.Take(2 * YearBuilder.ChunkSize + 7))
        {
            text.Append(line).Append('\n');
        }
        text.Append("2023\n");
        foreach (var line in abstracts.Skip(2 * YearBuilder.ChunkSize + 7).Take(YearBuilder.ChunkSize))
        {
            text.Append(line).Append('\n');
        }
        text.Append("2024\n");
        foreach (var line in abstracts.Skip(3 * YearBuilder.ChunkSize + 7))
        {
            text.Append(line).Append('\n');
        }

        var list = ListParser.Parse(new StringReader(text.ToString()), "ahead.txt").List!;

        var year2024 = list.FindYear(2024)!.Publications;
        var expected2024 = abstracts.Take(2 * YearBuilder.ChunkSize + 7).Concat(abstracts.Skip(3 * YearBuilder.ChunkSize + 7)).ToList();
        Assert.Equal(expected2024, year2024.Select(p => p.Abstract));
        Assert.Equal(abstracts.Skip(2 * YearBuilder.ChunkSize + 7).Take(YearBuilder.ChunkSize), list.FindYear(2023)!.Publications.Select(p => p.Abstract));
        Assert.All(list.All, p =>
        {
            var derived = TextDeriver.Derive(p.Abstract);
            Assert.Equal(derived.PlainText, p.PlainText);
            Assert.Equal(derived.Headline, p.Headline);
            Assert.Equal(derived.Links, p.Links);
            Assert.StartsWith(derived.SlugBase.Length > 0 ? derived.SlugBase[..Math.Min(derived.SlugBase.Length, 40)] : "paper-", p.Slug, StringComparison.Ordinal);
        });
        Assert.Equal(Enumerable.Range(1, year2024.Count), year2024.Select(p => p.Ordinal));
    }

    [Fact]
    public void Equal_headlines_derived_in_different_chunks_keep_file_order_for_their_slugs()
    {
        var text = new StringBuilder("Owner\n\n2024\n");
        for (var i = 0; i < 2 * YearBuilder.ChunkSize + 3; i++)
        {
            text.Append(i % YearBuilder.ChunkSize == 2 ? "SameName: a method that appears again and again." : $"We study topic {i} with care.").Append('\n');
        }

        var papers = ListParser.Parse(new StringReader(text.ToString()), "slugs.txt").List!.FindYear(2024)!.Publications;

        var same = papers.Where(p => p.Abstract.StartsWith("SameName", StringComparison.Ordinal)).ToList();
        Assert.Equal([3, YearBuilder.ChunkSize + 3, 2 * YearBuilder.ChunkSize + 3], same.Select(p => p.Ordinal));
        var slug = same[0].Slug;
        Assert.StartsWith("samename", slug, StringComparison.Ordinal);
        Assert.Equal([slug, $"{slug}-2", $"{slug}-3"], same.Select(p => p.Slug));
    }

    [Fact]
    public void A_list_with_an_error_after_many_papers_reports_it_and_builds_nothing()
    {
        var text = new StringBuilder("Owner\n\n2024\n");
        for (var i = 0; i < 3 * YearBuilder.ChunkSize; i++)
        {
            text.Append("We study topic ").Append(i).Append(" with care.\n");
        }
        text.Append("bad \u0001 line\n");
        for (var i = 0; i < YearBuilder.ChunkSize; i++)
        {
            text.Append("More papers ").Append(i).Append(" after it.\n");
        }

        var result = ListParser.Parse(new StringReader(text.ToString()), "broken.txt");

        Assert.Null(result.List);
        var error = Assert.Single(result.Errors);
        Assert.Equal(3 + 3 * YearBuilder.ChunkSize + 1, error.Line);
        Assert.Contains("U+0001", error.Problem, StringComparison.Ordinal);
    }
}
