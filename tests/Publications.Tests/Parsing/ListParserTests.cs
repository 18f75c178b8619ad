using System.Text;
using Publications.Parsing;

namespace Publications.Tests.Parsing;

public sealed class ListParserTests
{
    private static ParseResult Parse(string text) => ListParser.Parse(new StringReader(text), "list.txt");

    private static ParseResult ParseBytes(byte[] bytes) => ListParser.Parse(new MemoryStream(bytes), "list.txt");

    private static ListError SingleError(ParseResult result)
    {
        Assert.Null(result.List);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Shipped_list_has_owner_and_nineteen_papers_by_year()
    {
        var result = ListParser.ParseFile(TestFiles.ShippedList);

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        var list = result.List!;
        Assert.Equal("Biqing Qi", list.Owner);
        Assert.Null(list.Subtitle);
        Assert.Equal(19, list.Count);
        Assert.Equal([(2026, 7), (2025, 5), (2024, 6), (2023, 1)], list.Years.Select(y => (y.Year, y.Count)));
    }

    [Fact]
    public void Shipped_list_keeps_file_order_and_every_line_verbatim()
    {
        var lines = File.ReadAllLines(TestFiles.ShippedList)
            .Skip(1)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !ListParser.IsYearHeading(l))
            .ToList();

        var list = ListParser.ParseFile(TestFiles.ShippedList).List!;

        // The shipped file is already newest-first, so file order equals display order.
        Assert.Equal(lines, list.All.Select(p => p.Abstract));
        Assert.All(list.Years, y => Assert.Equal(Enumerable.Range(1, y.Count), y.Publications.Select(p => p.Ordinal)));
        Assert.StartsWith("Reinforcement learning (RL) paradigms", list.All[0].Abstract, StringComparison.Ordinal);
        Assert.Equal(6, list.All[0].Line);
    }

    [Fact]
    public void Owner_only_list_loads_empty()
    {
        var result = Parse("Jane Doe\n");

        Assert.Empty(result.Errors);
        Assert.Equal("Jane Doe", result.List!.Owner);
        Assert.Equal(0, result.List.Count);
        Assert.Empty(result.List.Years);
    }

    [Fact]
    public void Further_header_lines_are_the_subtitle()
    {
        var list = Parse("\n\nJane Doe\nProfessor of Things\nSome University\n\n2024\nA paper.\n").List!;

        Assert.Equal("Jane Doe", list.Owner);
        Assert.Equal("Professor of Things Some University", list.Subtitle);
        Assert.Equal(1, list.Count);
    }

    [Fact]
    public void Header_may_run_straight_into_a_year_heading()
    {
        var list = Parse("Jane Doe\n2024\nA paper.\n").List!;

        Assert.Equal("Jane Doe", list.Owner);
        Assert.Equal(2024, Assert.Single(list.Years).Year);
    }

    [Fact]
    public void Empty_file_is_an_error_on_line_1()
    {
        var error = SingleError(ParseBytes([]));

        Assert.Equal(new ListError("list.txt", 1, "the list is empty: its first line must be the owner's name"), error);
        Assert.Equal("list.txt:1: the list is empty: its first line must be the owner's name", error.ToString());
    }

    [Fact]
    public void Blank_only_file_is_empty()
    {
        var error = SingleError(Parse("\n  \n\t\n"));

        Assert.Equal(1, error.Line);
        Assert.Contains("empty", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_an_error_naming_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.txt");

        var error = SingleError(ListParser.ParseFile(path));

        Assert.Equal($"{path}:1: the list file does not exist", error.ToString());
    }

    [Fact]
    public void Directory_instead_of_file_is_an_unreadable_file()
    {
        var error = SingleError(ListParser.ParseFile(Path.GetTempPath()));

        Assert.Equal(1, error.Line);
        Assert.StartsWith("cannot read the list file", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_names_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("Owner\n\n2024\nGood paper.\n")
            .Concat(new byte[] { (byte)'B', 0xC3, 0x28, (byte)'d', (byte)'\n' })
            .Concat(Encoding.UTF8.GetBytes("Another good paper.\n"))
            .ToArray();

        var error = SingleError(ParseBytes(bytes));

        Assert.Equal("list.txt:5: the line is not valid UTF-8", error.ToString());
    }

    [Fact]
    public void Invalid_utf8_is_found_on_a_line_far_into_a_large_file()
    {
        var text = new StringBuilder("Owner\n\n2024\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append("Paper number ").Append(i).Append(" about long abstracts and buffers.\n");
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString()).Concat(new byte[] { 0xFF, (byte)'\n' }).ToArray();

        var error = SingleError(ParseBytes(bytes));

        Assert.Equal(2004, error.Line);
    }

    [Fact]
    public void Bom_and_crlf_are_handled()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Owner\r\n\r\n2024\r\nFirst paper.  \r\nSecond paper.\r\n")).ToArray();

        var list = ParseBytes(bytes).List!;

        Assert.Equal("Owner", list.Owner);
        Assert.Equal(["First paper.", "Second paper."], list.All.Select(p => p.Abstract));
    }

    [Fact]
    public void Surrounding_whitespace_is_trimmed_and_inner_text_kept()
    {
        var list = Parse("Owner\n\n\t2024  \n   A  paper\twith   spacing.   \n").List!;

        var paper = Assert.Single(list.All);
        Assert.Equal(2024, paper.Year);
        Assert.Equal("A  paper\twith   spacing.", paper.Abstract);
    }

    [Fact]
    public void Repeated_year_heading_is_one_year_in_file_order()
    {
        var list = Parse("Owner\n\n2024\nFirst.\n\n2023\nOld.\n\n2024\nSecond.\n").List!;

        Assert.Equal([2024, 2023], list.Years.Select(y => y.Year));
        var year = list.FindYear(2024)!;
        Assert.Equal(["First.", "Second."], year.Publications.Select(p => p.Abstract));
        Assert.Equal([1, 2], year.Publications.Select(p => p.Ordinal));
    }

    [Fact]
    public void Ascending_years_are_shown_newest_first()
    {
        var list = Parse("Owner\n\n2021\nA.\n2022\nB.\n2023\nC.\n").List!;

        Assert.Equal([2023, 2022, 2021], list.Years.Select(y => y.Year));
        Assert.Equal(["C.", "B.", "A."], list.All.Select(p => p.Abstract));
    }

    [Fact]
    public void Year_heading_without_papers_is_a_warning_and_not_shown()
    {
        var result = Parse("Owner\n\n2025\n\n2024\nA paper.\n");

        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("list.txt:3: the year heading 2025 has no publications under it", warning.ToString());
        Assert.Equal([2024], result.List!.Years.Select(y => y.Year));
    }

    [Fact]
    public void Text_between_header_and_first_year_is_an_error_with_its_line()
    {
        var error = SingleError(Parse("Owner\n\nStray text\n2024\nA paper.\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("year heading", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_heading_before_owner_is_an_error()
    {
        var error = SingleError(Parse("\n2024\nA paper.\n"));

        Assert.Equal("list.txt:2: the list must start with its owner's name, not a year heading", error.ToString());
    }

    [Fact]
    public void Control_character_is_an_error_naming_it()
    {
        var error = SingleError(Parse("Owner\n\n2024\nA paper\u0007 with a bell.\n"));

        Assert.Equal("list.txt:4: the line contains the control character U+0007", error.ToString());
    }

    [Theory]
    [InlineData("A paper {0} about rockets.", 0xD83D)]
    [InlineData("A paper {0} about rockets.", 0xDE80)]
    [InlineData("A paper ending in half a pair {0}", 0xD83D)]
    public void Lone_surrogate_in_text_given_as_a_string_is_an_error_naming_it(string line, int surrogate)
    {
        // Built here: an attribute cannot carry a lone surrogate (it would arrive as U+FFFD).
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, line, (char)surrogate);

        var error = SingleError(Parse($"Owner\n\n2024\nA fine paper 🚀.\n{text}\n"));

        Assert.Equal($"list.txt:5: the line contains a lone surrogate U+{surrogate:X4}, which is not text", error.ToString());
    }

    [Fact]
    public void Every_error_is_reported_in_line_order()
    {
        var result = Parse("Owner\n\nStray\n2024\nBad\u0001\nGood.\nAlso\u0002bad\n");

        Assert.Equal([3, 5, 7], result.Errors.Select(e => e.Line));
        Assert.Equal("list.txt:3: text after the owner's name must come under a year heading (a line of four digits, e.g. 2024) (and 2 more)",
            ListLoadException.Summarise(result.Errors));
    }

    [Theory]
    [InlineData("2024.")]
    [InlineData("20245")]
    [InlineData("２０２４")]
    [InlineData("Year 2024")]
    public void Lines_that_are_not_exactly_four_ascii_digits_are_papers(string line)
    {
        var list = Parse($"Owner\n\n2020\n{line}\n").List!;

        Assert.Equal(line, Assert.Single(list.All).Abstract);
    }

    [Fact]
    public void Same_text_twice_gives_unique_slugs_within_the_year()
    {
        var list = Parse("Owner\n\n2024\nWe propose Foo, a thing.\nWe propose Foo, a thing.\nWe propose Foo, a thing.\n").List!;

        var slugs = list.All.Select(p => p.Slug).ToList();
        Assert.Equal(3, slugs.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(slugs[0] + "-2", slugs[1]);
        Assert.Equal(slugs[0] + "-3", slugs[2]);
        Assert.All(list.All, p => Assert.Same(p, list.Find(2024, p.Slug)));
    }

    [Fact]
    public void Non_latin_and_right_to_left_text_is_kept_with_a_fallback_slug()
    {
        const string Chinese = "我们提出了一种新的方法。";
        const string Arabic = "نقترح طريقة جديدة للتعلم.";

        var list = Parse($"Owner\n\n2024\n{Chinese}\n{Arabic}\n").List!;

        Assert.Equal([Chinese, Arabic], list.All.Select(p => p.Abstract));
        Assert.Equal(["paper-1", "paper-2"], list.All.Select(p => p.Slug));
        Assert.All(list.All, p => Assert.NotEmpty(p.Headline));
    }

    [Fact]
    public void Lines_count_from_one_including_blank_lines()
    {
        var list = Parse("\nOwner\n\n\n2024\n\nA.\n\nB.\n").List!;

        Assert.Equal([7, 9], list.All.Select(p => p.Line));
    }

    [Fact]
    public void One_megabyte_abstract_is_kept_whole_with_a_short_headline()
    {
        var words = string.Join(' ', Enumerable.Range(0, 220_000).Select(i => $"w{i % 997}"));
        var huge = $"We propose Colossus, a very long method. {words}";
        Assert.True(huge.Length > 1_000_000);

        var list = Parse($"Owner\n\n2024\n{huge}\nA short paper.\n").List!;

        Assert.Equal(2, list.Count);
        Assert.Equal(huge, list.All[0].Abstract);
        Assert.Equal("Colossus", list.All[0].Headline);
        Assert.Equal("colossus", list.All[0].Slug);
        Assert.Contains("w996", list.All[0].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_papers_with_the_same_headline_get_unique_slugs_and_both_are_found()
    {
        var list = Parse("Owner\n\n2024\nWe propose Twin, a method for cats.\nWe propose Twin, a method for dogs.\n").List!;

        Assert.Equal(["Twin", "Twin"], list.All.Select(p => p.Headline));
        Assert.Equal(["twin", "twin-2"], list.All.Select(p => p.Slug));
        Assert.Equal("We propose Twin, a method for dogs.", list.Find(2024, "twin-2")!.Abstract);
    }

    [Fact]
    public void A_number_a_slug_already_has_is_skipped_and_later_twins_keep_counting_from_where_they_were()
    {
        // "Twin-3" is a paper's own headline: the third Twin must not take its slug, and the fourth goes on at -5.
        var list = Parse("Owner\n\n2024\nWe propose Twin, a method.\nWe propose Twin-3, a method.\nWe propose Twin, a method.\n"
            + "We propose Twin, a method.\nWe propose Twin, a method.\n").List!;

        Assert.Equal(["twin", "twin-3", "twin-2", "twin-4", "twin-5"], list.All.Select(p => p.Slug));
    }

    [Fact]
    public void Thousands_of_papers_with_one_headline_in_one_year_are_numbered_in_file_order()
    {
        // A year of 30,000 such papers once took 40 s to parse: each slug tried every number before its own.
        const int Count = 5_000;
        var papers = string.Concat(Enumerable.Repeat("We propose Twin, a method.\n", Count));

        var list = Parse($"Owner\n\n2024\n{papers}").List!;

        Assert.Equal(["twin", .. Enumerable.Range(2, Count - 1).Select(n => $"twin-{n}")], list.All.Select(p => p.Slug));
    }
}
