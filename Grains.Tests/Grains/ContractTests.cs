using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using Network.Grains.Users;
using Orleans;

namespace Grains.Tests.Grains;

/// <summary>
/// Every type a grain interface takes or returns is immutable, so a call means the same in-process and across
/// the wire: primitives, strings, enums, immutable collections, and records with init-only properties.
/// </summary>
public sealed class ContractTests
{
    private static IEnumerable<Type> GrainInterfaces() =>
        typeof(IUserGrain).Assembly.GetTypes().Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t));

    [Fact]
    public void The_grain_interfaces_are_found()
    {
        Assert.Contains(typeof(IUserGrain), GrainInterfaces());
        Assert.True(GrainInterfaces().Count() >= 4);
    }

    [Fact]
    public void Every_grain_interface_uses_only_immutable_types()
    {
        var problems = new List<string>();
        foreach (var iface in GrainInterfaces())
        {
            foreach (var method in iface.GetMethods())
            {
                foreach (var p in method.GetParameters()) Check(p.ParameterType, $"{iface.Name}.{method.Name}({p.Name})", problems, []);
                Check(method.ReturnType, $"{iface.Name}.{method.Name} result", problems, []);
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void The_checker_catches_a_mutable_type()
    {
        var problems = new List<string>();
        Check(typeof(MutableExample), "example", problems, []);
        Check(typeof(List<string>), "list", problems, []);
        Assert.Equal(2, problems.Count);
    }

    private sealed class MutableExample
    {
        public int Value { get; set; }
    }

    private static void Check(Type type, string where, List<string> problems, HashSet<Type> seen)
    {
        if (!seen.Add(type)) return;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            Check(type.GetGenericArguments()[0], where, problems, seen);
            return;
        }
        if (type == typeof(Task) || type == typeof(ValueTask) || type.IsPrimitive || type.IsEnum || type == typeof(string) ||
            type == typeof(decimal) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(TimeSpan) || type == typeof(Guid))
            return;
        if (typeof(IGrainObserver).IsAssignableFrom(type) && type.IsInterface) return; // passed by reference, like Orleans
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            Check(type.GetGenericArguments()[0], where, problems, seen);
            return;
        }
        var isRecord = type.GetMethod("<Clone>$") is not null;
        if (!isRecord || !type.IsSealed)
        {
            problems.Add($"{where}: {type.Name} is not a sealed record or an immutable primitive.");
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is not null && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                problems.Add($"{where}: {type.Name}.{property.Name} has a setter.");
            Check(property.PropertyType, $"{where} → {type.Name}.{property.Name}", problems, seen);
        }
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            if (!field.IsInitOnly) problems.Add($"{where}: {type.Name}.{field.Name} is a writable field.");
    }
}
