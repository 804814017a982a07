using Network.Grains.Common;

namespace Network.Api.Schema;

/// <summary>
/// Creates a node under a fresh random id. Ids are random 63-bit numbers, so a clash is rare; the create refuses a
/// taken id (ALREADY_EXISTS) and we draw another, a few times at most.
/// </summary>
public static class NewNode
{
    private const int Attempts = 4;

    public static async Task<T> CreateAsync<T>(Func<string, Task<T>> create)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await create(NodeIds.New());
            }
            catch (GraphException e) when (e.Code == ErrorCodes.AlreadyExists && attempt < Attempts)
            {
            }
        }
    }
}
