using System.Text.RegularExpressions;

namespace Publications.Text;

/// <summary>A headline and, when rule 1 applied, the contribution's name (which the slug is made from).</summary>
internal readonly record struct HeadlineChoice(string Text, string? Name);

/// <summary>
/// The headline rules of DESIGN §2: (1) a contribution introduced by name, (2) else the object of
/// "we present / propose …", (3) else the first sentence. Works on plain text. Pure and thread-safe.
/// </summary>
internal static partial class HeadlineExtractor
{
    /// <summary>The headline is decided by the start of an abstract; bounding the scan bounds the work on huge input.</summary>
    private const int Window = 20_000;

    /// <summary>
    /// How far past the verb the contribution is looked for, and how many introductions are tried: a
    /// headline needs the first few words of the object, and these bounds keep the work linear.
    /// </summary>
    private const int MaxClauseLength = 400;
    private const int MaxIntroductions = 20;

    private const string Fallback = "Untitled publication";

    [GeneratedRegex(
        @"\b(?:we|this\s+(?:paper|work|study|article|survey)|the\s+paper)\s+(?:(?:also|further|then|first|here|now|thus|therefore|hence|finally|\w+ly)\s+)?(?<verb>propose[sd]?|introduce[sd]?|present(?:s|ed)?|name[sd]?|call(?:s|ed)?)\s+(?:(?:it|this|them)\s+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Introduction();

    /// <summary>The headline of <paramref name="plainText"/>: plain, at most <see cref="HeadlineText.MaxLength"/> characters, never empty.</summary>
    public static HeadlineChoice Extract(string plainText)
    {
        var text = HeadlineText.Collapse(plainText.Length > Window ? plainText[..Window] : plainText);
        string? proposed = null;
        foreach (var match in Introduction().Matches(text).Take(MaxIntroductions))
        {
            var start = match.Index + match.Length;
            var clause = text[start..SentenceSplitter.EndOf(text, start, MaxClauseLength)].Trim();
            if (NamedContribution.Read(clause) is { } contribution)
            {
                return new HeadlineChoice(HeadlineText.Fit(contribution.Title), contribution.Name);
            }
            // Rule 2 needs a verb that states the contribution; "we call" or "we named" do not.
            if (proposed is null && char.ToLowerInvariant(match.Groups["verb"].Value[0]) is not 'n' and not 'c')
            {
                proposed = ProposedObject(clause);
            }
        }
        var headline = HeadlineText.Fit(proposed ?? SentenceSplitter.First(text));
        if (headline.Length == 0)
        {
            headline = HeadlineText.Fit(text);
        }
        return new HeadlineChoice(headline.Length > 0 ? headline : Fallback, null);
    }

    /// <summary>Rule 2: the noun phrase the verb introduces, up to the first comma, asides dropped, capitalised.</summary>
    private static string? ProposedObject(string clause)
    {
        var phrase = HeadlineText.WithoutAsides(clause);
        var cut = phrase.IndexOfAny([',', ';', ':', '—']);
        phrase = (cut > 0 ? phrase[..cut] : phrase).Trim();
        return phrase.Contains(' ', StringComparison.Ordinal) ? HeadlineText.Capitalise(phrase) : null;
    }
}
