using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Publications.Search;

/// <summary>
/// Answers of one index worked out before: its searches (keyed by the whole request, a record compared by value)
/// and its papers' related papers. An index never changes after it is built, so an answer stays right for the
/// index's life; a reloaded list comes with a new index and so new, empty caches. Bounded crudely but safely: when
/// full it is emptied, so a flood of distinct keys (queries, or a crawler reading every paper of a million) costs
/// what it would without a cache, and memory stays bounded, while popular keys (the usual traffic) are answered at
/// once. Thread-safe; two threads asking for the same new key may both work it out.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _answers = new();

    /// <summary>How many answers it holds at most before it is emptied.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>How many answers it holds (locks the table: for tests).</summary>
    public int Count => _answers.Count;

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _answers.TryGetValue(key, out value);

    /// <summary>The answer for <paramref name="key"/>, worked out by <paramref name="answer"/> unless known; kept only when <paramref name="keep"/> says so (always without it).</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> answer, Func<TValue, bool>? keep = null)
    {
        if (_answers.TryGetValue(key, out var known))
        {
            return known;
        }
        var value = answer(key);
        if (keep is null || keep(value))
        {
            if (_answers.Count >= Capacity)
            {
                _answers.Clear();
            }
            _answers.TryAdd(key, value);
        }
        return value;
    }
}
