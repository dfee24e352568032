using Weld.Syntax;

namespace Weld.Validation;

/// <summary>Validates a module by the spec's algorithm. Throws <see cref="InvalidModuleException"/>.</summary>
internal static partial class Validator
{
    public static ValidatedModule Validate(ModuleDefinition module, WasmFeatures features = WasmFeatures.Default) =>
        ModuleValidator.Validate(module, features);
}
