using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Orleans.CodeGen;

/// <summary>
/// Writes, for every interface in the compilation that extends <c>Orleans.IGrain</c> or <c>Orleans.IGrainObserver</c>,
/// a proxy class deriving from <c>GrainReference</c> and one invokable class per method. Orleans does the same with
/// its own generator; doing it at compile time keeps a grain call free of reflection.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ProxyGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor BadReturnType = new(
        "ORL001", "Grain method must return Task or ValueTask",
        "Method {0}.{1} returns {2}; grain and observer methods must return Task, Task<T>, ValueTask or ValueTask<T>",
        "Orleans", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor GenericNotSupported = new(
        "ORL002", "Generic grain interfaces and methods are not supported",
        "{0} is generic; generic grain interfaces and methods are not supported",
        "Orleans", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor RefParameter = new(
        "ORL003", "Grain method parameters are passed by value",
        "Parameter {0} of {1} is ref, out or in; grain calls pass arguments by value",
        "Orleans", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var interfaces = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { BaseList: not null },
                static (ctx, _) => ctx.SemanticModel.GetDeclaredSymbol(ctx.Node) as INamedTypeSymbol)
            .Where(static s => s is not null && IsGrainOrObserver(s))
            .Collect();

        context.RegisterSourceOutput(interfaces, static (spc, symbols) =>
        {
            var seen = new HashSet<string>();
            foreach (var symbol in symbols)
            {
                if (symbol is null || !seen.Add(symbol.ToDisplayString())) continue;
                var source = Emit(symbol, spc);
                if (source is not null) spc.AddSource(HintName(symbol), source);
            }
        });
    }

    private static bool IsGrainOrObserver(INamedTypeSymbol symbol) =>
        symbol.AllInterfaces.Any(i => IsMarker(i, "IGrain") || IsMarker(i, "IGrainObserver"));

    private static bool IsMarker(INamedTypeSymbol type, string name) =>
        type.Name == name && type.ContainingNamespace?.ToDisplayString() == "Orleans";

    private static string HintName(INamedTypeSymbol symbol) =>
        symbol.ToDisplayString().Replace('<', '_').Replace('>', '_').Replace(',', '_') + ".Proxy.g.cs";

    private static string ProxyName(INamedTypeSymbol symbol) =>
        symbol.Name + "_Proxy" + (symbol.ContainingType is null ? "" : "_" + symbol.ContainingType.Name);

    private static string? Emit(INamedTypeSymbol iface, SourceProductionContext spc)
    {
        var location = iface.Locations.FirstOrDefault();
        if (iface.IsGenericType)
        {
            spc.ReportDiagnostic(Diagnostic.Create(GenericNotSupported, location, iface.ToDisplayString()));
            return null;
        }

        var methods = new List<IMethodSymbol>();
        foreach (var type in new[] { iface }.Concat(iface.AllInterfaces))
        {
            if (IsMarker(type, "IGrain") || IsMarker(type, "IGrainObserver") || IsMarker(type, "IAddressable") ||
                IsMarker(type, "IGrainWithStringKey")) continue;
            methods.AddRange(type.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary));
        }

        var ok = true;
        foreach (var m in methods)
        {
            if (m.IsGenericMethod)
            {
                spc.ReportDiagnostic(Diagnostic.Create(GenericNotSupported, m.Locations.FirstOrDefault() ?? location, m.ToDisplayString()));
                ok = false;
            }
            if (ReturnKind(m) is null)
            {
                spc.ReportDiagnostic(Diagnostic.Create(BadReturnType, m.Locations.FirstOrDefault() ?? location,
                    m.ContainingType.Name, m.Name, m.ReturnType.ToDisplayString()));
                ok = false;
            }
            foreach (var p in m.Parameters.Where(p => p.RefKind != RefKind.None))
            {
                spc.ReportDiagnostic(Diagnostic.Create(RefParameter, p.Locations.FirstOrDefault() ?? location, p.Name, m.Name));
                ok = false;
            }
        }
        if (!ok) return null;

        var fq = SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);
        var ifaceName = iface.ToDisplayString(fq);
        var proxy = ProxyName(iface);
        var ns = iface.ContainingNamespace.IsGlobalNamespace ? "OrleansGenerated" : "OrleansGenerated." + iface.ContainingNamespace.ToDisplayString();

        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated/> by Orleans.CodeGen.ProxyGenerator");
        sb.AppendLine("#nullable enable");
        sb.AppendLine("#pragma warning disable CS1591");
        sb.AppendLine($"[assembly: global::Orleans.Invocation.GrainProxyAttribute(typeof({ifaceName}), typeof(global::{ns}.{proxy}))]");
        for (var i = 0; i < methods.Count; i++)
            sb.AppendLine($"[assembly: global::Orleans.Invocation.GrainMethodAttribute(\"{MethodId(methods[i]).Replace("\"", "\\\"")}\", typeof(global::{ns}.{proxy}.Invokable{i}))]");
        sb.AppendLine($"namespace {ns}");
        sb.AppendLine("{");
        sb.AppendLine($"    [global::System.CodeDom.Compiler.GeneratedCode(\"Orleans.CodeGen\", \"1.0\")]");
        sb.AppendLine($"    internal sealed class {proxy} : global::Orleans.Invocation.GrainReference, {ifaceName}");
        sb.AppendLine("    {");
        sb.AppendLine($"        private {proxy}(global::Orleans.Runtime.GrainId id, global::Orleans.Invocation.IGrainCallInvoker invoker) : base(id, invoker) {{ }}");
        sb.AppendLine();
        sb.AppendLine($"        public static object Create(global::Orleans.Runtime.GrainId id, global::Orleans.Invocation.IGrainCallInvoker invoker) => new {proxy}(id, invoker);");

        for (var i = 0; i < methods.Count; i++)
        {
            var m = methods[i];
            var kind = ReturnKind(m)!.Value;
            var resultType = kind.ValueType is null ? "object?" : kind.ValueType.ToDisplayString(fq);
            var declaring = m.ContainingType.ToDisplayString(fq);
            var parameters = string.Join(", ", m.Parameters.Select(p => $"{p.Type.ToDisplayString(fq)} {Escape(p.Name)}"));
            var init = m.Parameters.Length == 0
                ? ""
                : " { " + string.Join(", ", m.Parameters.Select((p, j) => $"Arg{j} = {Escape(p.Name)}")) + " }";
            var call = $"InvokeAsync(new Invokable{i}(){init})";
            var body = kind.IsValueTask
                ? (kind.ValueType is null ? $"new global::System.Threading.Tasks.ValueTask({call})" : $"new global::System.Threading.Tasks.ValueTask<{resultType}>({call})")
                : call;

            sb.AppendLine();
            sb.AppendLine($"        {m.ReturnType.ToDisplayString(fq)} {declaring}.{Escape(m.Name)}({parameters}) => {body};");
            EmitInvokable(sb, m, i, resultType, kind, declaring, fq);
        }

        sb.AppendLine("    }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static void EmitInvokable(StringBuilder sb, IMethodSymbol m, int index, string resultType, ReturnShape kind, string declaring, SymbolDisplayFormat fq)
    {
        var readOnly = m.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Orleans.Concurrency.ReadOnlyAttribute");
        var interleave = m.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Orleans.Concurrency.AlwaysInterleaveAttribute");
        var methodId = MethodId(m);

        sb.AppendLine();
        sb.AppendLine($"        internal sealed class Invokable{index} : global::Orleans.Invocation.Invokable<{resultType}>");
        sb.AppendLine("        {");
        for (var j = 0; j < m.Parameters.Length; j++)
            sb.AppendLine($"            public {m.Parameters[j].Type.ToDisplayString(fq)} Arg{j} = default!;");
        sb.AppendLine($"            public override global::System.Type InterfaceType => typeof({declaring});");
        sb.AppendLine($"            public override string MethodName => \"{m.Name}\";");
        sb.AppendLine($"            public override string MethodId => \"{methodId.Replace("\"", "\\\"")}\";");
        if (readOnly) sb.AppendLine("            public override bool IsReadOnly => true;");
        if (interleave) sb.AppendLine("            public override bool IsAlwaysInterleave => true;");
        sb.AppendLine($"            public override int ArgumentCount => {m.Parameters.Length};");

        sb.Append("            public override global::System.Type GetArgumentType(int index) => index switch { ");
        for (var j = 0; j < m.Parameters.Length; j++) sb.Append($"{j} => typeof({m.Parameters[j].Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)}), ");
        sb.AppendLine("_ => throw BadIndex(index) };");

        sb.Append("            public override object? GetArgument(int index) => index switch { ");
        for (var j = 0; j < m.Parameters.Length; j++) sb.Append($"{j} => Arg{j}, ");
        sb.AppendLine("_ => throw BadIndex(index) };");

        sb.AppendLine("            public override void SetArgument(int index, object? value)");
        sb.AppendLine("            {");
        sb.AppendLine("                switch (index)");
        sb.AppendLine("                {");
        for (var j = 0; j < m.Parameters.Length; j++)
            sb.AppendLine($"                    case {j}: Arg{j} = ({m.Parameters[j].Type.ToDisplayString(fq)})value!; break;");
        sb.AppendLine("                    default: throw BadIndex(index);");
        sb.AppendLine("                }");
        sb.AppendLine("            }");

        var args = string.Join(", ", m.Parameters.Select((_, j) => $"Arg{j}"));
        var invoke = $"(({declaring})target).{Escape(m.Name)}({args})";
        var result = (kind.IsValueTask, kind.ValueType is null) switch
        {
            (false, true) => $"FromTask({invoke})",
            (true, true) => $"FromValueTask({invoke})",
            (false, false) => $"new global::System.Threading.Tasks.ValueTask<{resultType}>({invoke})",
            (true, false) => invoke,
        };
        sb.AppendLine($"            public override global::System.Threading.Tasks.ValueTask<{resultType}> InvokeAsync(object target) => {result};");
        sb.AppendLine("        }");
    }

    /// <summary>Interface, name and parameter types: stable across builds, so two releases agree on what a call is.</summary>
    private static string MethodId(IMethodSymbol m) =>
        $"{m.ContainingType.ToDisplayString()}.{m.Name}({string.Join(",", m.Parameters.Select(p => p.Type.ToDisplayString()))})";

    private static string Escape(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;

    private readonly struct ReturnShape(bool isValueTask, ITypeSymbol? valueType)
    {
        public bool IsValueTask { get; } = isValueTask;
        public ITypeSymbol? ValueType { get; } = valueType;
    }

    private static ReturnShape? ReturnKind(IMethodSymbol m)
    {
        if (m.ReturnType is not INamedTypeSymbol t || t.ContainingNamespace?.ToDisplayString() != "System.Threading.Tasks") return null;
        return (t.Name, t.TypeArguments.Length) switch
        {
            ("Task", 0) => new ReturnShape(false, null),
            ("Task", 1) => new ReturnShape(false, t.TypeArguments[0]),
            ("ValueTask", 0) => new ReturnShape(true, null),
            ("ValueTask", 1) => new ReturnShape(true, t.TypeArguments[0]),
            _ => null,
        };
    }
}
