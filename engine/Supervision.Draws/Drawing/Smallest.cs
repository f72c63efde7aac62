namespace Supervision.Draws.Drawing;

/// <summary>Selection of the n smallest items without sorting the rest (Hoare's quickselect).</summary>
internal static class Smallest
{
    /// <summary>
    /// Reorders <paramref name="items"/> so that its first <paramref name="n"/> items are the n smallest under
    /// <paramref name="order"/> (a total order), in no particular order; expected time linear in the length.
    /// </summary>
    public static void Partition<T>(Span<T> items, int n, Comparison<T> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var (low, high) = (0, items.Length - 1);
        while (n > 0 && n < items.Length && low < high)
        {
            // Median of three as the pivot: the lottery's keys are uniformly random, so no input can make this slow.
            var middle = low + ((high - low) / 2);
            if (order(items[middle], items[low]) < 0)
            {
                (items[middle], items[low]) = (items[low], items[middle]);
            }

            if (order(items[high], items[low]) < 0)
            {
                (items[high], items[low]) = (items[low], items[high]);
            }

            if (order(items[high], items[middle]) < 0)
            {
                (items[high], items[middle]) = (items[middle], items[high]);
            }

            var pivot = items[middle];
            var (i, j) = (low, high);
            while (i <= j)
            {
                while (order(items[i], pivot) < 0)
                {
                    i++;
                }

                while (order(pivot, items[j]) < 0)
                {
                    j--;
                }

                if (i <= j)
                {
                    (items[i], items[j]) = (items[j], items[i]);
                    i++;
                    j--;
                }
            }

            // items[low..j] <= pivot <= items[i..high]; between them, items equal to the pivot.
            if (n - 1 <= j)
            {
                high = j;
            }
            else if (n - 1 >= i)
            {
                low = i;
            }
            else
            {
                return;
            }
        }
    }
}
