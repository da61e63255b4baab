using Entities.Pooling;

namespace Entities.Tests.Pooling;

public sealed class GrowingArrayTests
{
    [Theory]
    [InlineData(0, 5, 5)] // an empty array grows to what is asked
    [InlineData(4, 5, 8)] // a short one at least doubles
    [InlineData(4, 20, 20)] // … or grows to what is asked when that is more
    public void AShortArrayIsReplacedByALongerOne(int length, int count, int expected)
    {
        var array = new int[length];
        var original = array;

        var result = GrowingArray.AtLeast(ref array, count);

        Assert.Same(array, result);
        Assert.NotSame(original, array);
        Assert.Equal(expected, array.Length);
    }

    [Theory]
    [InlineData(8, 8)]
    [InlineData(8, 3)]
    [InlineData(0, 0)]
    public void ALongEnoughArrayIsKept(int length, int count)
    {
        var array = new long[length];
        var original = array;

        Assert.Same(original, GrowingArray.AtLeast(ref array, count));
        Assert.Same(original, array);
    }
}
