namespace Rectify.Contracts.Units;

/// <summary>How a person is reached: e-mail, mobile, DingTalk and WeCom user ids.</summary>
public sealed record ContactChannels(string? Email, string? Mobile, string? DingTalkUserId, string? WeComUserId);
