using System.Net;
using Lucene.Net.Search.Highlight;

namespace Publications.Search;

/// <summary>
/// Escapes snippet text for HTML (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes). Used instead of the
/// highlighter's default encoder, which escapes nothing (a <c>&lt;script&gt;</c> in an abstract would come back
/// live), and instead of <see cref="SimpleHTMLEncoder"/>, which writes each half of a surrogate pair as its
/// own character reference (<c>&amp;#55357;&amp;#56832;</c>), so emoji and math letters turn into two
/// replacement characters. Stateless and thread-safe.
/// </summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    /// <inheritdoc />
    public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
}
