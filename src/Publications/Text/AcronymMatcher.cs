namespace Publications.Text;

/// <summary>Decides whether an acronym (<c>PaD</c>, <c>MSI-Agent</c>, <c>WIST</c>) abbreviates a phrase.</summary>
internal static class AcronymMatcher
{
    /// <summary>Short, no spaces, at least two capitals: <c>IFT</c>, <c>PaD</c>, <c>MSI-Agent</c>, <c>CRaSh</c>; not <c>Nirvana</c>.</summary>
    public static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 20 && !token.Any(char.IsWhiteSpace) && token.Count(char.IsUpper) >= 2;

    /// <summary>
    /// Schwartz–Hearst: every letter (not digit: MARS2) of <paramref name="acronym"/>, right to left, is found in
    /// <paramref name="phrase"/> right to left, the first one at the start of a word. Returns where the
    /// shortest matching long form starts, or -1. Lenient by design: the parentheses are the strong signal.
    /// </summary>
    public static int MatchBackwards(string acronym, string phrase)
    {
        var letters = acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray();
        if (letters.Length == 0)
        {
            return -1;
        }
        var p = phrase.Length - 1;
        for (var a = letters.Length - 1; a >= 0; a--)
        {
            var first = a == 0;
            while (p >= 0 && (char.ToLowerInvariant(phrase[p]) != letters[a] || (first && p > 0 && char.IsLetterOrDigit(phrase[p - 1]))))
            {
                p--;
            }
            if (p < 0)
            {
                return -1;
            }
            p--;
        }
        return p + 1;
    }

    /// <summary>
    /// Strict, for an apposition (<c>WIST, a Web-grounded Iterative Self-play Tree framework</c>): the
    /// acronym's key letters are the initials of consecutive capitalised words or hyphen parts, each word
    /// giving at least one; <c>and</c>/<c>of</c>/… may sit between. Returns the number of words used, or 0.
    /// </summary>
    public static int MatchInitials(string acronym, IReadOnlyList<string> words)
    {
        var letters = KeyLetters(acronym);
        var next = 0;
        for (var w = 0; w < words.Count && w < 2 * letters.Length + 2; w++)
        {
            var word = words[w].Trim(',', ';', ':');
            if (next > 0 && IsConnector(word))
            {
                continue;
            }
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return 0;
            }
            var before = next;
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (next < letters.Length && char.ToLowerInvariant(part[0]) == letters[next])
                {
                    next++;
                }
            }
            if (next == before)
            {
                return 0;
            }
            if (next == letters.Length)
            {
                return w + 1;
            }
        }
        return 0;
    }

    /// <summary>The letters an acronym stands for: its capitals when mixed case (<c>CRaSh</c> → c, r, s), else all its letters.</summary>
    private static char[] KeyLetters(string acronym)
    {
        var letters = acronym.Where(char.IsLetter).ToArray();
        var capitals = letters.Where(char.IsUpper).ToArray();
        var key = capitals.Length >= 2 && capitals.Length < letters.Length ? capitals : letters;
        return [.. key.Select(char.ToLowerInvariant)];
    }

    private static bool IsConnector(string word) => word is "and" or "of" or "for" or "the" or "with" or "to" or "in" or "on" or "&";
}
