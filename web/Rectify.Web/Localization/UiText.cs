using System.Resources;
using Microsoft.Extensions.Localization;

// The neutral resources are Chinese; English lives in the "en" satellite assembly.
[assembly: NeutralResourcesLanguage("zh-CN")]
// Fixes the lookup to Resources/UiText*.resx whatever ResourcesPath a hosting app sets for its own resources.
[assembly: ResourceLocation("Resources")]

namespace Rectify.Web;

/// <summary>Marker type for the UI strings in Resources/UiText.resx (界面文字).</summary>
public sealed class UiText;
