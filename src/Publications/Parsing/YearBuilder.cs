using Publications.Model;
using Publications.Text;

namespace Publications.Parsing;

/// <summary>
/// Collects one year's abstracts in file order; <see cref="Build"/> derives their text and keeps their slugs
/// unique within the year.
/// </summary>
internal sealed class YearBuilder(int year)
{
    private const int MaxSlugLength = 60;
    private readonly List<(string Abstract, int Line)> _abstracts = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    public int Count => _abstracts.Count;

    public void Add(string abstractText, int line) => _abstracts.Add((abstractText, line));

    /// <summary>
    /// The year's publications. Deriving headline, plain text and links (Markdig) is most of the parsing cost and
    /// each abstract's is independent, so it runs on every core; slugs are then given in file order, so the
    /// first of two equal headlines keeps the plain slug whatever the threads did.
    /// </summary>
    public PublicationYear Build()
    {
        var derived = new DerivedText[_abstracts.Count];
        Parallel.For(0, derived.Length, i => derived[i] = TextDeriver.Derive(_abstracts[i].Abstract));
        var publications = new Publication[derived.Length];
        for (var i = 0; i < publications.Length; i++)
        {
            var ordinal = i + 1;
            var (abstractText, line) = _abstracts[i];
            var slug = UniqueSlug(derived[i].SlugBase.Length > 0 ? derived[i].SlugBase : $"paper-{ordinal}");
            publications[i] = new Publication(year, ordinal, line, abstractText, derived[i].Headline, slug, derived[i].PlainText, derived[i].Links);
        }
        return new PublicationYear(year, publications);
    }

    private string UniqueSlug(string slug)
    {
        var candidate = slug;
        for (var n = 2; !_slugs.Add(candidate); n++)
        {
            var suffix = $"-{n}";
            var stem = slug.Length + suffix.Length > MaxSlugLength ? slug[..(MaxSlugLength - suffix.Length)].TrimEnd('-') : slug;
            candidate = stem + suffix;
        }
        return candidate;
    }
}
