using Publications.Model;
using Publications.Parsing;

namespace Publications.Tests;

/// <summary>
/// Field-by-field comparisons of lists and warnings. <see cref="Publication"/>'s record equality compares its links
/// by reference, so two equal lists read separately (parsed, read back from disk) are never Equal as records.
/// </summary>
internal static class StoredListAssert
{
    /// <summary>Owner, subtitle, years and every field of every publication equal, in the same order.</summary>
    public static void Equal(PublicationList expected, PublicationList actual)
    {
        Assert.Equal(expected.Owner, actual.Owner);
        Assert.Equal(expected.Subtitle, actual.Subtitle);
        Assert.Equal(expected.Years.Select(y => (y.Year, y.Count)), actual.Years.Select(y => (y.Year, y.Count)));
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Equal(expected.All[i], actual.All[i]);
        }
        // The read-back list is indexed like the parsed one: each publication is found by its year and slug.
        Assert.All(expected.All, p => Assert.Same(actual.All.Single(a => a.Year == p.Year && a.Ordinal == p.Ordinal), actual.Find(p.Year, p.Slug)));
    }

    /// <summary>Every field of two publications equal.</summary>
    public static void Equal(Publication expected, Publication actual)
    {
        var at = $"publication {expected.Path}";
        Assert.True(expected.Year == actual.Year, $"{at}: year {actual.Year}");
        Assert.True(expected.Ordinal == actual.Ordinal, $"{at}: ordinal {actual.Ordinal}");
        Assert.True(expected.Line == actual.Line, $"{at}: line {actual.Line}");
        Assert.Equal(expected.Headline, actual.Headline);
        Assert.Equal(expected.Slug, actual.Slug);
        Assert.Equal(expected.Path, actual.Path);
        Assert.Equal(expected.Abstract, actual.Abstract);
        Assert.Equal(expected.PlainText, actual.PlainText);
        // PublicationLink is a record of strings and an enum: element equality is field equality.
        Assert.Equal(expected.Links, actual.Links);
    }

    /// <summary>Warnings with the same lines and problems, each naming <paramref name="path"/>.</summary>
    public static void Warnings(IReadOnlyList<ListError> expected, IReadOnlyList<ListError> actual, string path)
    {
        Assert.Equal(expected.Select(w => (w.Line, w.Problem)), actual.Select(w => (w.Line, w.Problem)));
        Assert.All(actual, w => Assert.Equal(path, w.Path));
    }
}
