using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Refuses a module that uses a proposal the engine does not accept (<see cref="EngineOptions.Features"/>).
/// The binary decoder already reads such encodings as 2.0 does; this catches modules from text and built in code.</summary>
internal static class FeatureCheck
{
    public static void Require(ModuleDefinition module, WasmFeatures features)
    {
        if ((features & WasmFeatures.ExceptionHandling) == 0) RequireExceptions(module);
        if ((features & WasmFeatures.Threads) != 0) return;
        bool sharedMemory = module.Memories.Any(m => m.Shared)
            || module.Imports.Any(i => i.Kind == ExternKind.Memory && ((MemoryType)i.Type!).Shared);
        if (sharedMemory) ValidationErrors.Throw(Messages.ThreadsDisabled);
        foreach (var body in module.Codes)
        {
            foreach (ref readonly var ins in body.Code.AsSpan())
            {
                if (OpcodeFamilies.IsAtomic(ins.Op)) ValidationErrors.Throw(Messages.ThreadsDisabled);
            }
        }
    }

    private static void RequireExceptions(ModuleDefinition module)
    {
        bool usesExnRef = module.Types.Any(t => t.ParamArray.Contains(ValType.ExnRef) || t.ResultArray.Contains(ValType.ExnRef))
            || module.Globals.Any(g => g.Type.ValType == ValType.ExnRef) || module.Codes.Any(c => c.Locals.Contains(ValType.ExnRef));
        if (usesExnRef || module.Tags.Count > 0 || module.Imports.Any(i => i.Kind == ExternKind.Tag))
            ValidationErrors.Throw(Messages.ExceptionsDisabled);
        foreach (var body in module.Codes)
        {
            foreach (ref readonly var ins in body.Code.AsSpan())
            {
                if (ExceptionOpcodes.Is(ins.Op)) ValidationErrors.Throw(Messages.ExceptionsDisabled);
            }
        }
    }
}
