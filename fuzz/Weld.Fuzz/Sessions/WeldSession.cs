namespace Weld.Fuzz.Sessions;

/// <summary>A module instance on one of Weld's back ends, every call run through a <see cref="BoundedRunner"/>.</summary>
public sealed class WeldSession(Module module, BoundedRunner runner) : IModuleSession
{
    private Store? _store;
    private Instance? _instance;
    private bool _abandoned;

    public string Engine { get; } = $"weld-{module.Engine.Backend.ToString().ToLowerInvariant()}";

    /// <summary>Limits for running code nobody checked: shallow calls, small memories and tables, so that a run stays
    /// small and quick. The same limits must be given to any engine compared with Weld, and the same proposals
    /// (<paramref name="features"/>).</summary>
    public static EngineOptions BoundedOptions(Backend backend, WasmFeatures features = WasmFeatures.Default) => new()
    {
        Backend = backend,
        Features = features,
        MaxCallDepth = RunLimits.MaxCallDepth,
        MaxMemoryPages = RunLimits.MaxMemoryPages,
        MaxTableElements = RunLimits.MaxTableElements,
        ConsumeFuel = true,
    };

    public CallOutcome Instantiate() => Guard(() =>
    {
        _store = new Store(module.Engine);
        Refuel();
        var linker = new Linker(module.Engine).DefineUnknownImportsAsDefaultValues();
        _instance = linker.Instantiate(_store, module);
        return CallOutcome.Returned([]);
    });

    public CallOutcome Call(string export, IReadOnlyList<WasmValue> args)
    {
        var function = _instance?.GetFunction(export) ?? throw new InvalidOperationException($"no function export {export}");
        var values = args.Select(a => a.ToWeld()).ToArray();
        Refuel();
        return Guard(() => CallOutcome.Returned([.. function.Invoke(values).Select(WasmValue.FromWeld)]));
    }

    /// <summary>A fresh budget (engines made without fuel, e.g. by a test, run unbounded but for the runner's timeout).</summary>
    private void Refuel()
    {
        if (_store is not null && module.Engine.Options.ConsumeFuel) _store.Fuel = RunLimits.FuelPerCall;
    }

    public StateSnapshot Snapshot()
    {
        if (_instance is null) return StateSnapshot.Empty;
        var memories = new Dictionary<string, byte[]>();
        var globals = new Dictionary<string, WasmValue>();
        foreach (var (name, item) in _instance.Exports)
        {
            if (item is Memory memory) memories[name] = memory.Access(0, checked((int)memory.Length), b => b.ToArray());
            else if (item is Global global) globals[name] = WasmValue.FromWeld(global.Value);
        }
        return new StateSnapshot(memories, globals);
    }

    /// <summary>Runs <paramref name="work"/> bounded, turning Weld's own errors into outcomes; anything else escapes.</summary>
    private CallOutcome Guard(Func<CallOutcome> work)
    {
        try
        {
            return runner.Run(work);
        }
        catch (TrapException e) when (e.Code is TrapCode.CallStackExhausted or TrapCode.OutOfMemory)
        {
            return CallOutcome.Limit(e.Message);
        }
        catch (TrapException e) when (e.Code == TrapCode.OutOfFuel)
        {
            return CallOutcome.Budget(e.Message);
        }
        catch (TrapException e)
        {
            return CallOutcome.Trapped(e.Code, e.Message);
        }
        catch (LinkException e)
        {
            return CallOutcome.Unlinkable(e.Message);
        }
        catch (WasmException e)
        {
            return CallOutcome.Thrown(e.Message);
        }
        catch (FuzzFinding)
        {
            _abandoned = true;
            throw;
        }
    }

    public void Dispose()
    {
        // A hung call still runs on its abandoned thread: its store must stay alive.
        if (!_abandoned) _store?.Dispose();
    }
}
