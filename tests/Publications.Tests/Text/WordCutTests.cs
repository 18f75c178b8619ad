using Publications.Text;

namespace Publications.Tests.Text;

public sealed class WordCutTests
{
    [Fact]
    public void Text_that_fits_is_not_cut()
    {
        Assert.False(WordCut.TryCut("Short text.", 20, out var head));
        Assert.Equal("Short text.", head);
    }

    [Fact]
    public void Long_text_is_cut_at_the_last_space_with_trailing_punctuation_dropped()
    {
        Assert.True(WordCut.TryCut("Alpha beta, gamma delta epsilon", 14, out var head));
        Assert.Equal("Alpha beta", head);
    }

    [Fact]
    public void Text_without_an_early_space_is_cut_hard_but_never_inside_a_surrogate_pair()
    {
        var text = "ab" + string.Concat(Enumerable.Repeat("😀", 20));

        Assert.True(WordCut.TryCut(text, 7, out var head));
        Assert.Equal("ab😀😀", head);
    }
}
