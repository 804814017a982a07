using System.Reflection;
using Orleans.Concurrency;

namespace Orleans.Runtime;

/// <summary>What the runtime knows of a grain class.</summary>
/// <param name="TypeName">The grain type in every <see cref="GrainId"/>: the class name without "Grain", lower case (UserGrain → "user").</param>
internal sealed record GrainClassInfo(Type ClassType, string TypeName, bool IsReentrant);

/// <summary>Maps each grain interface to the one grain class that implements it, found once at start-up.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, GrainClassInfo> _byInterface = [];
    private readonly Dictionary<string, GrainClassInfo> _byTypeName = [];

    public GrainTypeRegistry(IEnumerable<Assembly> assemblies)
    {
        foreach (var type in assemblies.Distinct().SelectMany(a => a.GetTypes()))
        {
            if (type.IsAbstract || !typeof(Grain).IsAssignableFrom(type)) continue;
            var interfaces = type.GetInterfaces()
                .Where(i => typeof(IGrainWithStringKey).IsAssignableFrom(i) && i != typeof(IGrainWithStringKey))
                .ToArray();
            if (interfaces.Length == 0) continue; // a helper base class, not a grain
            var info = new GrainClassInfo(type, TypeNameOf(type), type.GetCustomAttribute<ReentrantAttribute>() is not null);
            if (!_byTypeName.TryAdd(info.TypeName, info))
                throw new InvalidOperationException($"Grain classes {type} and {_byTypeName[info.TypeName].ClassType} share the grain type name '{info.TypeName}'.");
            foreach (var iface in interfaces)
            {
                if (!_byInterface.TryAdd(iface, info))
                    throw new InvalidOperationException($"Grain interface {iface} is implemented by both {type} and {_byInterface[iface].ClassType}.");
            }
        }
    }

    public GrainClassInfo ForInterface(Type grainInterface) =>
        _byInterface.TryGetValue(grainInterface, out var info)
            ? info
            : throw new ArgumentException($"No grain class implements {grainInterface}. Register its assembly with AddGrains.");

    public GrainClassInfo ForTypeName(string typeName) =>
        _byTypeName.TryGetValue(typeName, out var info)
            ? info
            : throw new ArgumentException($"No grain class has the grain type '{typeName}'.");

    public static string TypeNameOf(Type grainClass)
    {
        var name = grainClass.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > 5) name = name[..^5];
        return name.ToLowerInvariant();
    }
}
