using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using PartyBuilding.Cli;
using PartyBuilding.Core.Common;

namespace PartyBuilding.Cli.Tests.Conventions;

/// <summary>
/// Issue 20 ("no method over 80 lines"), enforced over the compiled library and tool: the source lines a method spans are
/// read from its sequence points in the portable PDB (first line to last line, so the lambdas and local functions
/// written inside it count), and a long method fails whatever its formatting. A compiler-generated method (a lambda, a
/// local function, an iterator's or async method's body) is measured on its own and reported under the method it was
/// written in.
/// </summary>
public sealed class MethodLengthTest
{
    private const int MaxLines = 80;

    /// <summary>Methods that are tables rather than steps, each listing its entries once; they may be longer.</summary>
    /// <remarks>None today: the last two (the value-array JSON metadata, the synthetic points scheme) became short in session 11.</remarks>
    private static readonly string[] Tables = [];

    [Theory]
    [InlineData("PartyBuilding.Core")]
    [InlineData("pbeval")]
    public void NoMethod_SpansMoreThanEightyLines(string assembly)
    {
        var location = (assembly == "pbeval" ? typeof(CliApp) : typeof(Score)).Assembly.Location;

        var longer = MethodSpans(location).Where(m => m.Lines > MaxLines && !Tables.Contains(m.Name)).Select(m => $"{m.Name}: {m.Lines} lines").ToList();

        longer.Should().BeEmpty($"a method over {MaxLines} lines is split into named steps");
    }

    [Fact]
    public void MethodSpans_MeasureAMethodOfKnownShape()
    {
        // The reader itself, on a method of known shape in this assembly: six lines from its opening brace to its closing
        // one, a lambda written inside it counted with it. An optimized build has no sequence points on the braces, so
        // there the span runs from the first statement to the last: four lines.
        var optimized = typeof(MethodLengthTest).Assembly.GetCustomAttribute<System.Diagnostics.DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
        var expected = optimized ? 4 : 6;

        var spans = MethodSpans(typeof(MethodLengthTest).Assembly.Location).Where(m => m.Name.EndsWith("MethodLengthTest.SixLines", StringComparison.Ordinal)).ToList();

        spans.Should().NotBeEmpty().And.OnlyContain(m => m.Lines <= expected).And.Contain(m => m.Lines == expected);
        SixLines(2).Should().Be(6);
    }

    private static int SixLines(int x)
    {
        var doubled = x * 2;
        Func<int, int> add = y =>
            y + x;
        return add(doubled);
    }

    private static IEnumerable<(string Name, int Lines)> MethodSpans(string assemblyPath)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        using var pdbStream = File.OpenRead(Path.ChangeExtension(assemblyPath, ".pdb"));
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var pdb = provider.GetMetadataReader();
        var spans = new List<(string Name, int Lines)>();
        foreach (var handle in pdb.MethodDebugInformation)
        {
            var points = pdb.GetMethodDebugInformation(handle).GetSequencePoints()
                .Where(p => !p.IsHidden && !pdb.GetString(pdb.GetDocument(p.Document).Name).EndsWith(".g.cs", StringComparison.Ordinal))
                .ToList();
            var name = Owner(metadata, handle.ToDefinitionHandle());
            if (points.Count == 0 || name.EndsWith("..cctor", StringComparison.Ordinal))
            {
                // Source-generated code (the JSON context) is not written here; a static constructor is the file's static
                // field initializers, spread over the file.
                continue;
            }

            spans.Add((name, points.Max(p => p.EndLine) - points.Min(p => p.StartLine) + 1));
        }

        return spans;
    }

    // "Namespace.Type.Method"; a compiler-generated method (lambda, local function, iterator or async state machine) is
    // named after the method it was written in.
    private static string Owner(MetadataReader metadata, MethodDefinitionHandle handle)
    {
        var method = metadata.GetMethodDefinition(handle);
        var name = metadata.GetString(method.Name);
        var type = metadata.GetTypeDefinition(method.GetDeclaringType());
        while (metadata.GetString(type.Name).StartsWith('<') && type.GetDeclaringType() is { IsNil: false } outer)
        {
            // <Method>d__3 (iterator, async) or <>c__DisplayClass (closure): the method is named in the type or the member.
            var generated = metadata.GetString(type.Name);
            name = generated.StartsWith("<>", StringComparison.Ordinal) ? name : generated;
            type = metadata.GetTypeDefinition(outer);
        }

        if (name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) is > 1 and var end)
        {
            name = name[1..end];
        }

        return $"{TypeName(metadata, type)}.{name}";
    }

    private static string TypeName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        var outer = type.GetDeclaringType();
        return outer.IsNil ? $"{metadata.GetString(type.Namespace)}.{name}" : $"{TypeName(metadata, metadata.GetTypeDefinition(outer))}.{name}";
    }
}
