using Weld.Binary;
using Weld.Syntax;
using Weld.Text;
using Weld.Validation;

namespace Weld;

/// <summary>A decoded and validated module; imports are not resolved until instantiation.</summary>
public sealed class Module
{
    private readonly object?[] _code;
    private readonly object? _backendState;

    private Module(Engine engine, ValidatedModule validated)
    {
        Engine = engine;
        Validated = validated;
        var def = validated.Definition;
        _code = new object?[def.Codes.Count];
        _backendState = engine.Code.CreateModuleState(validated, engine.Options.MaxCallDepth);
        Imports = def.Imports.Select(i => new ImportType(i.Module, i.Name, i.Type!)).ToArray();
        Exports = def.Exports.Select(e => new ExportType(e.Name, ExportTypeOf(def, e))).ToArray();
    }

    /// <summary>The engine the module was compiled for.</summary>
    public Engine Engine { get; }

    /// <summary>The imports, in order, with their expected types.</summary>
    public IReadOnlyList<ImportType> Imports { get; }

    /// <summary>The exports, in order, with their types.</summary>
    public IReadOnlyList<ExportType> Exports { get; }

    /// <summary>The module's name from the name section, if any.</summary>
    public string? Name => Definition.Names.ModuleName;

    internal ValidatedModule Validated { get; }
    internal ModuleDefinition Definition => Validated.Definition;

    /// <summary>Decodes and validates a binary module.</summary>
    public static Module FromBytes(Engine engine, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return FromDefinition(engine, BinaryDecoder.Decode(bytes));
    }

    /// <summary>Parses and validates a module in the text format.</summary>
    public static Module FromText(Engine engine, string text)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(text);
        return FromDefinition(engine, TextParser.ParseModule(text));
    }

    /// <summary>Reads a binary module from a stream.</summary>
    public static Module FromStream(Engine engine, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(engine, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Loads a module from a file: text format when it ends in <c>.wat</c> or <c>.wast</c> or does not start with the binary magic.</summary>
    public static Module FromFile(Engine engine, string path)
    {
        var bytes = File.ReadAllBytes(path);
        bool binary = bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == (byte)'a' && bytes[2] == (byte)'s' && bytes[3] == (byte)'m';
        if (!binary && (path.EndsWith(".wat", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".wast", StringComparison.OrdinalIgnoreCase) || bytes.Length == 0 || bytes[0] != 0))
            return FromText(engine, System.Text.Encoding.UTF8.GetString(bytes));
        return FromBytes(engine, bytes);
    }

    /// <summary>Checks a binary module without keeping it; returns null when valid, else the error.</summary>
    public static WeldException? Validate(Engine engine, ReadOnlySpan<byte> bytes)
    {
        try
        {
            FromBytes(engine, bytes);
            return null;
        }
        catch (MalformedModuleException e) { return e; }
        catch (InvalidModuleException e) { return e; }
    }

    internal static Module FromDefinition(Engine engine, ModuleDefinition definition) =>
        new(engine, Validator.Validate(definition));

    /// <summary>The back end's code for a defined function, prepared on first use and then shared.</summary>
    internal object CodeFor(int definedIndex)
    {
        var code = Volatile.Read(ref _code[definedIndex]);
        if (code is not null) return code;
        code = Engine.Code.PrepareFunction(Validated, _backendState, definedIndex);
        return Interlocked.CompareExchange(ref _code[definedIndex], code, null) ?? code;
    }

    private static ExternType ExportTypeOf(ModuleDefinition def, Export e) => e.Kind switch
    {
        ExternKind.Function => def.FunctionType(e.Index),
        ExternKind.Table => def.TableTypeAt(e.Index),
        ExternKind.Memory => def.MemoryTypeAt(e.Index),
        _ => def.GlobalTypeAt(e.Index),
    };
}
