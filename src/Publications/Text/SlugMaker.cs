using System.Globalization;
using System.Text;

namespace Publications.Text;

/// <summary>
/// Slug bases: the contribution's name when the headline has one (<c>mars2</c>, <c>graph-counselor</c>), else
/// the first significant words of the headline. ASCII-folded, lowercase letters, digits and hyphens, at most
/// 60 characters cut at a hyphen; empty when nothing Latin is left. Deterministic, pure and thread-safe.
/// </summary>
internal static class SlugMaker
{
    /// <summary>The longest slug base.</summary>
    public const int MaxLength = 60;

    private const int HeadlineWords = 5;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "with", "by", "at", "from", "via", "as", "is",
        "are", "be", "its", "their", "our", "we", "this", "that", "these", "into", "toward", "towards", "using",
    };

    /// <summary>The slug base for a headline choice.</summary>
    public static string Make(HeadlineChoice headline)
    {
        var fromName = headline.Name is null ? "" : Slugify(headline.Name);
        return fromName.Length > 0 ? fromName : FromWords(headline.Text);
    }

    /// <summary>The first few significant words of <paramref name="text"/>, slugified.</summary>
    public static string FromWords(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Slugify)
            .Where(w => w.Length > 0 && !StopWords.Contains(w))
            .Take(HeadlineWords);
        return Slugify(string.Join('-', words));
    }

    /// <summary>Lowercase ASCII letters, digits and single hyphens; "" when no Latin letter is left.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue; // é → e; "SDAR’s" → "sdars" rather than "sdar-s".
            }
            var lower = char.ToLowerInvariant(c);
            builder.Append(lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? lower : Fold(lower));
        }
        var slug = Cut(CollapseHyphens(builder.ToString()));
        return slug.Any(c => c is >= 'a' and <= 'z') ? slug : "";
    }

    // Latin letters that FormD does not decompose.
    private static string Fold(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'ł' => "l",
        'þ' => "th",
        'ı' => "i",
        _ => "-",
    };

    private static string CollapseHyphens(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != '-' || (builder.Length > 0 && builder[^1] != '-'))
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Trim('-');
    }

    private static string Cut(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }
        var hyphen = slug.LastIndexOf('-', MaxLength);
        return (hyphen > 0 ? slug[..hyphen] : slug[..MaxLength]).Trim('-');
    }
}
