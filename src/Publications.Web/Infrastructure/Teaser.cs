using Publications.Text;

namespace Publications.Web.Infrastructure;

/// <summary>Short plain-text excerpts for cards and meta descriptions.</summary>
public static class Teaser
{
    /// <summary>The start of <paramref name="text"/>, at most <paramref name="max"/> characters, cut at a word boundary with an ellipsis.</summary>
    public static string Of(string text, int max = 240) => WordCut.TryCut(text, max, out var head) ? head + "…" : text;
}
