using Publications.Search;

namespace Publications.Tests.Search;

public sealed class BoundedCacheTests
{
    [Fact]
    public void Known_key_is_answered_without_working_it_out_again()
    {
        var cache = new BoundedCache<string, int>(capacity: 4);
        var worked = 0;

        var first = cache.GetOrAdd("a", key => ++worked);
        var second = cache.GetOrAdd("a", key => ++worked);

        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal(1, worked);
    }

    [Fact]
    public void Full_cache_is_emptied_before_the_next_answer_is_kept()
    {
        var cache = new BoundedCache<int, int>(capacity: 3);
        foreach (var key in new[] { 1, 2, 3 })
        {
            cache.GetOrAdd(key, k => k * 10);
        }
        Assert.Equal(3, cache.Count);

        cache.GetOrAdd(4, k => k * 10);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(4, out var kept));
        Assert.Equal(40, kept);
        Assert.False(cache.TryGet(1, out _));
    }

    [Fact]
    public void Answer_the_caller_will_not_keep_is_given_but_not_remembered()
    {
        var cache = new BoundedCache<string, string>(capacity: 4);

        var answer = cache.GetOrAdd("q", key => "partial", keep: value => value != "partial");

        Assert.Equal("partial", answer);
        Assert.False(cache.TryGet("q", out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Capacity_must_hold_something() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedCache<string, string>(capacity: 0));
}
