using Weld.Binary;
using Weld.Runtime;
using Weld.Syntax;
using Weld.Text;
using Weld.Validation;

namespace Weld;

/// <summary>A decoded and validated module; imports are not resolved until instantiation.</summary>
public sealed class Module
{
    private Module(CompiledModule compiled)
    {
        Compiled = compiled;
        compiled.Owner = this;
    }

    // Unused by Weld itself: tests build modules around definitions the validator has not seen through it.
    private Module(Engine engine, ValidatedModule validated) : this(new CompiledModule(engine.Runtime, validated)) { }

    /// <summary>The engine the module was compiled for.</summary>
    public Engine Engine => Engine.Of(Compiled.Engine);

    /// <summary>The imports, in order, with their expected types.</summary>
    public IReadOnlyList<ImportType> Imports => Compiled.Imports;

    /// <summary>The exports, in order, with their types.</summary>
    public IReadOnlyList<ExportType> Exports => Compiled.Exports;

    /// <summary>The module's name from the name section, if any.</summary>
    public string? Name => Definition.Names.ModuleName;

    /// <summary>Prepares the code of every function now instead of at its first call: the compiler turns each into
    /// machine code (on every core), the interpreter lowers each. For a predictable first call, or to measure
    /// compilation apart from running. Functions are prepared once per module, whichever way.</summary>
    public void Compile() => Compiled.PrepareAll();

    /// <summary>The runtime's side of this module: what instantiation and the back ends use.</summary>
    internal CompiledModule Compiled { get; }
    internal ValidatedModule Validated => Compiled.Validated;
    internal ModuleDefinition Definition => Validated.Definition;

    /// <summary>The module that wraps <paramref name="compiled"/>, made on first request for modules that loading
    /// linking compiled without one.</summary>
    internal static Module Of(CompiledModule compiled)
    {
        if (compiled.Owner is Module known) return known;
        var made = new Module(compiled);
        return Interlocked.CompareExchange(ref compiled.Owner, made, null) as Module ?? made;
    }

    /// <summary>Decodes and validates a binary module.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    /// <exception cref="MalformedModuleException">The bytes are not a well-formed binary module.</exception>
    /// <exception cref="InvalidModuleException">The module does not validate.</exception>
    public static Module FromBytes(Engine engine, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return new Module(CompiledModule.FromBytes(engine.Runtime, bytes));
    }

    /// <summary>Parses and validates a module in the text format.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="MalformedModuleException">The text is not a well-formed module.</exception>
    /// <exception cref="InvalidModuleException">The module does not validate.</exception>
    public static Module FromText(Engine engine, string text)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(text);
        return new Module(CompiledModule.FromText(engine.Runtime, text));
    }

    /// <summary>Reads a binary module from a stream, from its current position to its end, then decodes and validates it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="engine"/> is null.</exception>
    /// <exception cref="NotSupportedException"><paramref name="stream"/> cannot be read.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="stream"/> is closed.</exception>
    /// <exception cref="IOException">Reading <paramref name="stream"/> fails.</exception>
    /// <exception cref="MalformedModuleException">The bytes are not a well-formed binary module.</exception>
    /// <exception cref="InvalidModuleException">The module does not validate.</exception>
    public static Module FromStream(Engine engine, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(engine, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Loads a module from a file, in the text format unless the file starts with the binary magic
    /// (<c>\0asm</c>) or, when its name does not end in <c>.wat</c> or <c>.wast</c>, with a zero byte.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="MalformedModuleException">The file is not a well-formed module.</exception>
    /// <exception cref="InvalidModuleException">The module does not validate.</exception>
    public static Module FromFile(Engine engine, string path)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(path);
        return new Module(CompiledModule.FromFile(engine.Runtime, path));
    }

    /// <summary>Checks a binary module without keeping it; returns null when valid, else the error.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
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

    /// <summary>Converts a module in the text format (WAT) to the binary format (what <c>wat2wasm</c> does). The
    /// module is validated first, so only valid modules are converted.</summary>
    /// <param name="text">The module's text, <c>(module ...)</c>.</param>
    /// <returns>The module's binary encoding (a <c>.wasm</c> file's content).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="MalformedModuleException">The text is not a well-formed module.</exception>
    /// <exception cref="InvalidModuleException">The module does not validate.</exception>
    public static byte[] TextToBinary(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var definition = TextParser.ParseModule(text);
        Validator.Validate(definition);
        return BinaryEncoder.Encode(definition);
    }

    internal static Module FromDefinition(Engine engine, ModuleDefinition definition) =>
        new(CompiledModule.FromDefinition(engine.Runtime, definition));
}
