using Entities.Resolution;
using Xunit;

namespace Entities.Tests.Resolution;

public sealed class DisplayCacheTests
{
    private static void Put(DisplayCache<int> cache, string display, int value)
    {
        ref int slot = ref cache.GetValueRefOrAddDefault(display, out bool exists);
        Assert.False(exists);
        slot = value;
    }

    private static int? Get(DisplayCache<int> cache, string display)
    {
        ref int slot = ref cache.GetValueRefOrAddDefault(display, out bool exists);
        return exists ? slot : null;
    }

    [Fact]
    public void A_value_put_is_found_again()
    {
        var cache = new DisplayCache<int>(2);
        Put(cache, "Mark Rutte", 1);
        Assert.Equal(1, Get(cache, "Mark Rutte"));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_generation_within_its_limit_is_kept()
    {
        var cache = new DisplayCache<int>(2);
        Put(cache, "OTAN", 1);
        Put(cache, "Paris", 2);
        cache.Age();
        Assert.Equal(1, Get(cache, "OTAN"));
        Assert.Equal(2, Get(cache, "Paris"));
    }

    [Fact]
    public void A_retired_generation_still_answers_and_its_used_values_move_to_the_new_one()
    {
        var cache = new DisplayCache<int>(2);
        Put(cache, "OTAN", 1);
        Put(cache, "Paris", 2);
        Put(cache, "Lyon", 3);
        cache.Age(); // three entries > 2: retired
        Assert.Equal(1, Get(cache, "OTAN")); // found in the retired generation, copied into the current one
        Put(cache, "Nantes", 4);
        Put(cache, "Lille", 5);
        cache.Age(); // current: OTAN, Nantes, Lille > 2: retired; Paris and Lyon dropped
        Assert.Equal(1, Get(cache, "OTAN"));
        Assert.Equal(4, Get(cache, "Nantes"));
        Assert.Null(Get(cache, "Paris"));
        Assert.Null(Get(cache, "Lyon"));
    }

    [Fact]
    public void At_most_two_generations_are_kept()
    {
        var cache = new DisplayCache<int>(4);
        for (int i = 0; i < 1000; i++)
        {
            Put(cache, "nom " + i, i);
            cache.Age();
            Assert.True(cache.Count <= 2 * 5, $"{cache.Count} entries after {i + 1}");
        }
    }
}
