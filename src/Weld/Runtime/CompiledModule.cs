using Weld.Binary;
using Weld.Syntax;
using Weld.Text;
using Weld.Validation;

namespace Weld.Runtime;

/// <summary>
/// A decoded and validated module ready to instantiate on one engine: its import and export types, an export
/// index by name, and the back end's code per function (prepared on first call, shared by every instance).
/// The public <c>Module</c> wraps one.
/// </summary>
internal sealed class CompiledModule
{
    private readonly object?[] _code;
    private readonly object? _backendState;
    private readonly Dictionary<string, int> _exportIndex;

    public CompiledModule(RuntimeEngine engine, ValidatedModule validated)
    {
        Engine = engine;
        Validated = validated;
        var def = validated.Definition;
        _code = new object?[def.Codes.Count];
        _backendState = engine.Code.CreateModuleState(validated, engine.Options);
        TypeIds = engine.Types.Register(def);
        ClosedTypes = Array.ConvertAll(TypeIds, engine.Types.TypeOf);
        RuntimeTypes = Array.ConvertAll(TypeIds, engine.Types.RuntimeTypeOf);
        ClosedImportTypes = new ExternType[def.Imports.Count];
        Imports = new ImportType[def.Imports.Count];
        for (int i = 0; i < Imports.Length; i++)
        {
            var import = def.Imports[i];
            Imports[i] = new ImportType(import.Module, import.Name, import.Type!);
            ClosedImportTypes[i] = ClosedImportType(import);
        }
        var spaces = new IndexSpaces(def);
        Exports = new ExportType[def.Exports.Count];
        _exportIndex = new Dictionary<string, int>(Exports.Length, StringComparer.Ordinal);
        for (int i = 0; i < Exports.Length; i++)
        {
            var export = def.Exports[i];
            Exports[i] = new ExportType(export.Name, spaces.TypeOf(export));
            _exportIndex.TryAdd(export.Name, i); // validation rejects duplicates; a module built unvalidated keeps the first
        }
    }

    public RuntimeEngine Engine { get; }
    /// <summary>The engine's canonical id of each of the module's types.</summary>
    public int[] TypeIds { get; }
    /// <summary>The module's types with their type indices closed to canonical ids: what its function instances
    /// carry, so that types compare across modules.</summary>
    public FuncType[] ClosedTypes { get; }
    /// <summary>The run-time type of each of the module's types (by type index): what GC objects carry and casts
    /// compare.</summary>
    public RuntimeType[] RuntimeTypes { get; }
    /// <summary>Each import's type closed in the same way: what import matching compares the externs with.</summary>
    public ExternType[] ClosedImportTypes { get; }

    private ExternType ClosedImportType(Import import) => import.Type switch
    {
        FuncType => ClosedTypes[import.TypeIndex],
        TagType => new TagType(ClosedTypes[import.TypeIndex]),
        TableType t when t.ElementType.TypeIndex is not null => new TableType(Subtyping.Close(t.ElementType, TypeIds), t.Limits, t.AddressType),
        GlobalType g when g.ValType.TypeIndex is not null => new GlobalType(Subtyping.Close(g.ValType, TypeIds), g.Mutable),
        var other => other!,
    };
    public ValidatedModule Validated { get; }
    public ModuleDefinition Definition => Validated.Definition;
    public ImportType[] Imports { get; }
    public ExportType[] Exports { get; }

    /// <summary>The public object that wraps this one, once the API layer made it; opaque to the runtime.</summary>
    public object? Owner;

    /// <summary>The position of the export named <paramref name="name"/> in the export section, or -1.</summary>
    public int ExportIndex(string name) => _exportIndex.GetValueOrDefault(name, -1);

    /// <summary>The back end's code for a defined function, prepared on first use and then shared.</summary>
    public object CodeFor(int definedIndex)
    {
        var code = Volatile.Read(ref _code[definedIndex]);
        if (code is not null) return code;
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        code = Engine.Code.PrepareFunction(Validated, _backendState, definedIndex);
        Interlocked.Add(ref _prepareTicks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
        return Interlocked.CompareExchange(ref _code[definedIndex], code, null) ?? code;
    }

    private long _prepareTicks;

    /// <summary>Time spent preparing functions' code so far (summed over threads): what the benchmark counts as
    /// compile time when functions are compiled on first call.</summary>
    public TimeSpan PrepareTime => System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _prepareTicks));

    /// <summary>How many functions have their code prepared.</summary>
    public int PreparedCount
    {
        get
        {
            int n = 0;
            for (int i = 0; i < _code.Length; i++) if (Volatile.Read(ref _code[i]) is not null) n++;
            return n;
        }
    }

    /// <summary>Prepares every function's code now, in parallel (each function is prepared once, whoever asks first).</summary>
    public void PrepareAll() => Parallel.For(0, _code.Length, i => CodeFor(i));

    public static CompiledModule FromDefinition(RuntimeEngine engine, ModuleDefinition definition)
    {
        FeatureCheck.Require(definition, engine.Features);
        return new(engine, Validator.Validate(definition, engine.Features));
    }

    public static CompiledModule FromBytes(RuntimeEngine engine, ReadOnlySpan<byte> bytes) =>
        FromDefinition(engine, BinaryDecoder.Decode(bytes, engine.Limits.MaxFunctionBodySize, engine.Features));

    public static CompiledModule FromText(RuntimeEngine engine, string text) =>
        FromDefinition(engine, TextParser.ParseModule(text, engine.Features));

    /// <summary>Loads a file: text format when it ends in <c>.wat</c> or <c>.wast</c> or does not start with the binary magic.</summary>
    public static CompiledModule FromFile(RuntimeEngine engine, string path)
    {
        var bytes = File.ReadAllBytes(path);
        return IsText(path, bytes) ? FromText(engine, System.Text.Encoding.UTF8.GetString(bytes)) : FromBytes(engine, bytes);
    }

    private static bool IsText(string path, byte[] bytes)
    {
        bool binary = bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == (byte)'a' && bytes[2] == (byte)'s' && bytes[3] == (byte)'m';
        return !binary && (path.EndsWith(".wat", StringComparison.OrdinalIgnoreCase) ||
            path.EndsWith(".wast", StringComparison.OrdinalIgnoreCase) || bytes.Length == 0 || bytes[0] != 0);
    }

    /// <summary>The types of the imported entries of each index space, gathered in one pass over the imports (so
    /// that typing every export is linear, however many imports the module has).</summary>
    private readonly struct IndexSpaces
    {
        private readonly ModuleDefinition _def;
        private readonly List<ExternType> _functions = [], _tables = [], _memories = [], _globals = [], _tags = [];

        public IndexSpaces(ModuleDefinition def)
        {
            _def = def;
            foreach (var import in def.Imports)
            {
                switch (import.Kind)
                {
                    case ExternKind.Function: _functions.Add(import.Type!); break;
                    case ExternKind.Table: _tables.Add(import.Type!); break;
                    case ExternKind.Memory: _memories.Add(import.Type!); break;
                    case ExternKind.Tag: _tags.Add(import.Type!); break;
                    default: _globals.Add(import.Type!); break;
                }
            }
        }

        public ExternType TypeOf(Export e) => e.Kind switch
        {
            ExternKind.Function => e.Index < _functions.Count ? _functions[e.Index] : _def.FuncTypeAt(_def.Functions[e.Index - _functions.Count]),
            ExternKind.Table => e.Index < _tables.Count ? _tables[e.Index] : _def.Tables[e.Index - _tables.Count],
            ExternKind.Memory => e.Index < _memories.Count ? _memories[e.Index] : _def.Memories[e.Index - _memories.Count],
            ExternKind.Tag => e.Index < _tags.Count ? _tags[e.Index] : new TagType(_def.FuncTypeAt(_def.Tags[e.Index - _tags.Count])),
            _ => e.Index < _globals.Count ? _globals[e.Index] : _def.Globals[e.Index - _globals.Count].Type,
        };
    }
}
