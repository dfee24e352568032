namespace Weld.Script;

/// <summary>
/// Executes parsed script commands through the public API: every module is instantiated through one
/// <see cref="Linker"/>, <c>register</c> defines an instance's exports in it, and <c>spectest</c> is an ordinary set
/// of externs that the linker's spectest provider supplies.
/// </summary>
internal sealed class ScriptRunner
{
    private readonly Engine _engine;
    private readonly Store _store;
    private readonly Linker _linker;
    private readonly Dictionary<string, Instance> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Module> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScriptThread> _threads = new(StringComparer.Ordinal);
    private readonly TextWriter? _output;
    private Instance? _current;
    private Module? _lastDefinition;

    public ScriptRunner(Engine engine, TextWriter? output)
    {
        _engine = engine;
        _output = output;
        _store = new Store(engine);
        _linker = new Linker(engine) { AllowShadowing = true };
        _linker.AddProvider(output is null ? ExternProvider.SpecTest : ExternProvider.SpecTestPrintingTo(output));
    }

    /// <summary>Runs one command; returns null on success, else what went wrong.</summary>
    public WastFailure? Run(ScriptCommand command)
    {
        try
        {
            return command switch
            {
                ModuleCommand m => Define(m),
                ModuleDefinitionCommand d => DefineOnly(d),
                ModuleInstanceCommand i => InstantiateDefinition(i),
                RegisterCommand r => Register(r),
                ActionCommand a => Expect.Nothing(a.Line, "action", () => Perform(a.Action)),
                AssertReturnCommand r => Expect.Results(r, Perform(r.Action)),
                AssertTrapCommand { Action: { } action } t => Expect.Trap(t.Line, "assert_trap", t.Message, () => Perform(action)),
                AssertTrapCommand t => Expect.Trap(t.Line, "assert_trap", t.Message, () => Instantiate(t.Module!)),
                AssertExhaustionCommand e => Expect.Trap(e.Line, "assert_exhaustion", e.Message, () => Perform(e.Action)),
                AssertExceptionCommand e => Expect.Exception(e.Line, () => Perform(e.Action)),
                AssertModuleCommand m => AssertModule(m),
                ThreadCommand t => StartThread(t),
                WaitCommand w => Wait(w),
                _ => new WastFailure(command.Line, command.GetType().Name, "a known command", "an unsupported command"),
            };
        }
        catch (Exception e) when (e is WeldException or InvalidOperationException or ArgumentException
                                       or NotSupportedException or InvalidCastException)
        {
            return new WastFailure(command.Line, Expect.NameOf(command), "success", Expect.Describe(e));
        }
    }

    private WastFailure? Define(ModuleCommand command)
    {
        var instance = Instantiate(command.Module);
        _current = instance;
        if (command.Module.Name is { } name) _named[name] = instance;
        return null;
    }

    /// <summary>Decodes and validates a module for later <c>module instance</c> commands; nothing is allocated.</summary>
    private WastFailure? DefineOnly(ModuleDefinitionCommand command)
    {
        var module = Compile(command.Module);
        _lastDefinition = module;
        if (command.Module.Name is { } name) _definitions[name] = module;
        return null;
    }

    /// <summary>Instantiates a definition (each time anew: instantiation is generative) as the current instance.</summary>
    private WastFailure? InstantiateDefinition(ModuleInstanceCommand command)
    {
        var module = command.ModuleName is null
            ? _lastDefinition ?? throw new InvalidOperationException($"line {command.Line}: no module definition yet")
            : _definitions.TryGetValue(command.ModuleName, out var m)
                ? m
                : throw new InvalidOperationException($"line {command.Line}: unknown module definition ${command.ModuleName}");
        var instance = _linker.Instantiate(_store, module);
        _current = instance;
        if (command.InstanceName is { } name) _named[name] = instance;
        return null;
    }

    private WastFailure? StartThread(ThreadCommand command)
    {
        var runner = new ScriptRunner(_engine, _output);
        foreach (string name in command.SharedModules) runner._named[name] = Find(name, command.Line);
        var thread = new ScriptThread(command, runner);
        _threads[command.Name] = thread;
        thread.Start();
        return null;
    }

    private WastFailure? Wait(WaitCommand command)
    {
        if (!_threads.Remove(command.Name, out var thread))
            throw new InvalidOperationException($"line {command.Line}: unknown thread ${command.Name}");
        var failures = thread.Join();
        if (failures.Count == 0) return null;
        string more = failures.Count > 1 ? $" (and {failures.Count - 1} more)" : "";
        return new WastFailure(command.Line, "wait", $"thread ${command.Name} to pass", $"{failures[0]}{more}");
    }

    /// <summary>Joins the threads no <c>wait</c> joined, adding their failures to <paramref name="failures"/>.</summary>
    public void JoinAll(List<WastFailure> failures)
    {
        foreach (var thread in _threads.Values) failures.AddRange(thread.Join());
        _threads.Clear();
    }

    /// <summary>Stops whatever this runner's store runs (from another thread): disposing a store interrupts its code.</summary>
    public void Interrupt() => _store.Dispose();

    private WastFailure? Register(RegisterCommand command)
    {
        var instance = Find(command.ModuleName, command.Line);
        _linker.DefineInstance(command.As, instance);
        return null;
    }

    private Module Compile(ScriptModule module) => module.Kind == ScriptModuleKind.Binary
        ? Module.FromBytes(_engine, module.Bytes)
        : Module.FromText(_engine, module.GetText());

    private Instance Instantiate(ScriptModule module) => _linker.Instantiate(_store, Compile(module));

    private WastFailure? AssertModule(AssertModuleCommand command)
    {
        string kind = command.Kind switch
        {
            ModuleAssertion.Malformed => "assert_malformed",
            ModuleAssertion.Invalid => "assert_invalid",
            ModuleAssertion.Unlinkable => "assert_unlinkable",
            _ => "assert_uninstantiable",
        };
        try
        {
            var module = Compile(command.Module);
            if (command.Kind is ModuleAssertion.Malformed or ModuleAssertion.Invalid)
                return new WastFailure(command.Line, kind, $"\"{command.Message}\"", "a module that compiled");
            _linker.Instantiate(_store, module);
            return new WastFailure(command.Line, kind, $"\"{command.Message}\"", "a module that instantiated");
        }
        catch (WeldException e)
        {
            bool rightStage = command.Kind switch
            {
                ModuleAssertion.Malformed => e is MalformedModuleException,
                ModuleAssertion.Invalid => e is InvalidModuleException,
                ModuleAssertion.Unlinkable => e is LinkException,
                _ => e is TrapException,
            };
            string message = e is MalformedModuleException m ? m.SpecMessage : e.Message;
            if (rightStage && SpecMessages.Match(command.Message, message)) return null;
            return new WastFailure(command.Line, kind, $"{StageOf(command.Kind)} \"{command.Message}\"", Expect.Describe(e));
        }
    }

    private static string StageOf(ModuleAssertion kind) => kind switch
    {
        ModuleAssertion.Malformed => "malformed",
        ModuleAssertion.Invalid => "invalid",
        ModuleAssertion.Unlinkable => "link error",
        _ => "trap",
    };

    private Instance Find(string? name, int line) =>
        name is null
            ? _current ?? throw new InvalidOperationException($"line {line}: no module defined yet")
            : _named.TryGetValue(name, out var i) ? i : throw new InvalidOperationException($"line {line}: unknown module ${name}");

    private Value[] Perform(ScriptAction action)
    {
        var instance = Find(action.ModuleName, action.Line);
        switch (action)
        {
            case InvokeAction invoke:
                var function = instance.GetFunction(invoke.Name) ?? throw new InvalidOperationException($"no exported function \"{invoke.Name}\"");
                var args = new Value[invoke.Args.Count];
                for (int i = 0; i < args.Length; i++) args[i] = ScriptValues.ToValue(invoke.Args[i]);
                return function.Invoke(args);
            case GetAction get:
                var global = instance.GetGlobal(get.Name) ?? throw new InvalidOperationException($"no exported global \"{get.Name}\"");
                return [global.Value];
            default:
                throw new InvalidOperationException("unknown action");
        }
    }
}
