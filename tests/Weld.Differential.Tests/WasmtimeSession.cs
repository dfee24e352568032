using Weld.Fuzz.Sessions;
using Wt = Wasmtime;

namespace Weld.Differential.Tests;

/// <summary>A module instance on wasmtime: every import stubbed with default values as on Weld, the same resource
/// limits, and fuel per call so that every call ends (<see cref="OutcomeKind.OutOfBudget"/> when it runs out).</summary>
internal sealed class WasmtimeSession(Wt.Engine engine, Wt.Module module, ulong fuelPerCall) : IModuleSession
{
    private Wt.Store? _store;
    private Wt.Instance? _instance;

    public string Engine => "wasmtime";

    public CallOutcome Instantiate() => Guard(() =>
    {
        _store = new Wt.Store(engine);
        _store.SetLimits(
            memorySize: (long)RunLimits.MaxMemoryPages * 65536, tableElements: RunLimits.MaxTableElements, instances: 10, tables: 10, memories: 10);
        _store.Fuel = fuelPerCall;
        using var linker = new Wt.Linker(engine);
        linker.DefineUnknownImportsAsDefaultValues(_store, module);
        _instance = linker.Instantiate(_store, module);
        return CallOutcome.Returned([]);
    });

    public CallOutcome Call(string export, IReadOnlyList<WasmValue> args)
    {
        var function = _instance?.GetFunction(export) ?? throw new InvalidOperationException($"no function export {export}");
        _store!.Fuel = fuelPerCall;
        var boxes = args.Select(ToBox).ToArray();
        return Guard(() => CallOutcome.Returned(Results(function.Invoke(boxes), function.Results)));
    }

    public StateSnapshot Snapshot()
    {
        if (_instance is null) return StateSnapshot.Empty;
        var memories = _instance.GetMemories().ToDictionary(m => m.Item1, m => m.Item2.GetSpan(0, checked((int)m.Item2.GetLength())).ToArray());
        var globals = _instance.GetGlobals().ToDictionary(g => g.Item1, g => FromObject(g.Item2.GetValue(), g.Item2.Kind));
        return new StateSnapshot(memories, globals);
    }

    public void Dispose() => _store?.Dispose();

    private static CallOutcome Guard(Func<CallOutcome> work)
    {
        try
        {
            return work();
        }
        catch (Wt.TrapException e)
        {
            return WasmtimeTraps.ToOutcome(e.Type, e.Message);
        }
        catch (Wt.WasmtimeException e)
        {
            return CallOutcome.Unlinkable(e.Message.Split('\n')[0]);
        }
    }

    private static Wt.ValueBox ToBox(WasmValue v) => v.Kind switch
    {
        ValueKind.I32 => (int)(uint)v.Low,
        ValueKind.I64 => (long)v.Low,
        ValueKind.F32 => BitConverter.UInt32BitsToSingle((uint)v.Low),
        ValueKind.F64 => BitConverter.UInt64BitsToDouble(v.Low),
        ValueKind.V128 => new Wt.V128([.. BitConverter.GetBytes(v.Low), .. BitConverter.GetBytes(v.High)]),
        _ => throw new ArgumentOutOfRangeException(nameof(v), v.Kind, "only numbers and vectors are passed"),
    };

    private static List<WasmValue> Results(object? result, IReadOnlyList<Wt.ValueKind> kinds) => kinds.Count switch
    {
        0 => [],
        1 => [FromObject(result, kinds[0])],
        _ => [.. ((object?[])result!).Select((r, i) => FromObject(r, kinds[i]))],
    };

    private static WasmValue FromObject(object? value, Wt.ValueKind kind) => kind switch
    {
        Wt.ValueKind.Int32 => WasmValue.I32((int)value!),
        Wt.ValueKind.Int64 => WasmValue.I64((long)value!),
        Wt.ValueKind.Float32 => WasmValue.F32Bits(BitConverter.SingleToUInt32Bits((float)value!)),
        Wt.ValueKind.Float64 => WasmValue.F64Bits(BitConverter.DoubleToUInt64Bits((double)value!)),
        Wt.ValueKind.V128 => FromV128((Wt.V128)value!),
        Wt.ValueKind.FuncRef => WasmValue.Reference(ValueKind.FuncRef, value is not Wt.Function { IsNull: false }),
        // wasmtime's .NET API shows GC references only as objects or null: they match any non-null reference of Weld's.
        Wt.ValueKind.AnyRef => WasmValue.Reference(ValueKind.AnyRef, value is null),
        _ => WasmValue.Reference(ValueKind.ExternRef, value is null),
    };

    private static WasmValue FromV128(Wt.V128 v)
    {
        Span<byte> bytes = stackalloc byte[16];
        v.CopyTo(bytes);
        return new WasmValue(ValueKind.V128, BitConverter.ToUInt64(bytes), BitConverter.ToUInt64(bytes[8..]));
    }
}
