using Orleans.Runtime;

namespace Orleans;

public static class GrainExtensions
{
    public static string GetPrimaryKeyString(this IAddressable reference) => reference switch
    {
        Grain grain => grain.GrainId.Key,
        Invocation.GrainReference r => r.GrainId.Key,
        _ => throw new ArgumentException("Not a grain or grain reference.", nameof(reference)),
    };

    public static GrainId GetGrainId(this IAddressable reference) => reference switch
    {
        Grain grain => grain.GrainId,
        Invocation.GrainReference r => r.GrainId,
        _ => throw new ArgumentException("Not a grain or grain reference.", nameof(reference)),
    };
}
