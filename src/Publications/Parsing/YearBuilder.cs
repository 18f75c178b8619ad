using Publications.Model;
using Publications.Text;

namespace Publications.Parsing;

/// <summary>Collects one year's publications in file order and keeps their slugs unique within the year.</summary>
internal sealed class YearBuilder(int year)
{
    private const int MaxSlugLength = 60;
    private readonly List<Publication> _publications = [];
    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);

    public int Count => _publications.Count;

    public void Add(string abstractText, int line)
    {
        var ordinal = _publications.Count + 1;
        var derived = TextDeriver.Derive(abstractText);
        var slug = UniqueSlug(derived.SlugBase.Length > 0 ? derived.SlugBase : $"paper-{ordinal}");
        _publications.Add(new Publication(year, ordinal, line, abstractText, derived.Headline, slug, derived.PlainText, derived.Links));
    }

    public PublicationYear Build() => new(year, _publications.ToArray());

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
