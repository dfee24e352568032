using Weld.Diagnostics;
using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Refuses a module that uses a proposal the engine does not accept (<see cref="EngineOptions.Features"/>).
/// The binary decoder already reads such encodings as 2.0 does; this catches modules from text and built in code.</summary>
internal static class FeatureCheck
{
    public static void Require(ModuleDefinition module, WasmFeatures features)
    {
        RequireInstructions(module, features);
        if ((features & WasmFeatures.Memory64) == 0) RequireMemory64(module);
        // Exceptions first: exnref is also a reference type that 2.0 lacks, and its own feature is the better message.
        if ((features & WasmFeatures.ExceptionHandling) == 0) RequireExceptions(module);
        if ((features & WasmFeatures.FunctionReferences) == 0) TypedReferences.Require(module);
        if ((features & WasmFeatures.Gc) == 0) GcFeature.Require(module);
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

    /// <summary>Tail calls and relaxed SIMD: their instructions are unknown to an engine without them.</summary>
    private static void RequireInstructions(ModuleDefinition module, WasmFeatures features)
    {
        const WasmFeatures checkedHere = WasmFeatures.TailCall | WasmFeatures.RelaxedSimd;
        if ((features & checkedHere) == checkedHere) return;
        foreach (var body in module.Codes)
        {
            foreach (ref readonly var ins in body.Code.AsSpan())
            {
                var required = OpcodeFeatures.Required(ins.Op);
                // The other proposals' instructions are refused by their own checks, with their own messages.
                if ((required & checkedHere & ~features) != 0) ValidationErrors.Throw($"{Messages.FeatureDisabled}: {OpcodeNames.Of(ins.Op)}");
            }
        }
    }

    /// <summary>Without memory64, a 64-bit memory or table (from text or built in code) is refused.</summary>
    private static void RequireMemory64(ModuleDefinition module)
    {
        bool wide = module.Memories.Any(m => m.AddressType == AddressType.I64) || module.Tables.Any(t => t.AddressType == AddressType.I64)
            || module.Imports.Any(i => i.Type is MemoryType { AddressType: AddressType.I64 } or TableType { AddressType: AddressType.I64 });
        if (wide) ValidationErrors.Throw(Messages.Memory64Disabled);
    }

    /// <summary>Without exception handling: no tag, exnref or exception instruction.</summary>
    private static void RequireExceptions(ModuleDefinition module)
    {
        static bool IsExn(ValType t) => t.Kind == ValueKind.ExnRef;
        bool usesExnRef = module.Types.Any(t => t.Composite.ValueTypes().Any(IsExn))
            || module.Globals.Any(g => IsExn(g.Type.ValType)) || module.Codes.Any(c => c.Locals.Any(IsExn));
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
