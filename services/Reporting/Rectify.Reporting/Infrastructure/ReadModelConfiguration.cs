using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Reporting.Model;

namespace Rectify.Reporting.Infrastructure;

internal sealed class ReportedInspectionConfiguration : IEntityTypeConfiguration<ReportedInspection>
{
    public void Configure(EntityTypeBuilder<ReportedInspection> b)
    {
        b.ToTable("inspections");
        b.HasKey(i => i.InspectionId);
        b.Property(i => i.Kind).HasMaxLength(10);
        b.Property(i => i.Issuer).HasMaxLength(40);
        b.Property(i => i.Team).HasMaxLength(100);
        b.Property(i => i.Round).HasMaxLength(100);
        b.Property(i => i.Type).HasMaxLength(20);
        b.HasIndex(i => i.UnitId);
    }
}

internal sealed class ReportedFindingConfiguration : IEntityTypeConfiguration<ReportedFinding>
{
    public void Configure(EntityTypeBuilder<ReportedFinding> b)
    {
        b.ToTable("findings");
        b.HasKey(f => f.FindingId);
        b.Property(f => f.Ordinal).HasMaxLength(20);
        b.Property(f => f.Title).HasMaxLength(2000);
        b.Property(f => f.MoneyInvolved).HasPrecision(18, 2);
        b.HasMany(f => f.Tags).WithOne().HasForeignKey(t => t.FindingId);
        b.HasIndex(f => new { f.InspectionId, f.Position });
    }
}

internal sealed class FindingTagConfiguration : IEntityTypeConfiguration<FindingTag>
{
    public void Configure(EntityTypeBuilder<FindingTag> b)
    {
        b.ToTable("finding_tags");
        b.HasKey(t => new { t.FindingId, t.Tag });
        b.Property(t => t.Tag).HasMaxLength(50);
        b.HasIndex(t => new { t.Tag, t.FindingId });
    }
}

internal sealed class ReportedTaskConfiguration : IEntityTypeConfiguration<ReportedTask>
{
    public void Configure(EntityTypeBuilder<ReportedTask> b)
    {
        b.ToTable("tasks");
        b.HasKey(t => t.TaskId);
        b.Property(t => t.JurisdictionPath).HasMaxLength(400);
        b.Property(t => t.Kind).HasMaxLength(20);
        b.Property(t => t.State).HasMaxLength(30);
        b.Property(t => t.ResponsibleDepartment).HasMaxLength(200);
        b.Property(t => t.ResponsibleLeader).HasMaxLength(200);
        b.Property(t => t.ResponsiblePerson).HasMaxLength(100);
        // The dashboard scans a subtree grouped by unit; the other indexes serve drill-downs.
        b.HasIndex(t => new { t.JurisdictionPath, t.UnitId });
        b.HasIndex(t => new { t.UnitId, t.InspectionId });
        b.HasIndex(t => new { t.InspectionId, t.FindingId });
        b.HasIndex(t => t.FindingId);
        // Covering indexes for the day-dependent figures (overdue/yellow, no recent progress): the dashboard
        // reads only open tasks near or past their deadline, or without recent progress, not the whole table.
        b.Property(t => t.OpenDeadline).UsePropertyAccessMode(PropertyAccessMode.Property);
        b.Property(t => t.OpenLastActivityOn).UsePropertyAccessMode(PropertyAccessMode.Property);
        b.HasIndex(t => new { t.OpenDeadline, t.UnitId, t.Withdrawn, t.JurisdictionPath, t.InspectionId });
        b.HasIndex(t => new { t.OpenLastActivityOn, t.UnitId, t.Withdrawn, t.JurisdictionPath, t.InspectionId });
    }
}

internal sealed class TaskSumsConfiguration : IEntityTypeConfiguration<TaskSums>
{
    public void Configure(EntityTypeBuilder<TaskSums> b)
    {
        b.ToTable("task_sums");
        b.HasKey(s => new { s.UnitId, s.InspectionId, s.Category });
        b.Property(s => s.Category).HasMaxLength(50);
        b.Property(s => s.JurisdictionPath).HasMaxLength(400);
        b.HasIndex(s => new { s.Category, s.JurisdictionPath });
    }
}

internal sealed class FigureBasisConfiguration : IEntityTypeConfiguration<FigureBasis>
{
    public void Configure(EntityTypeBuilder<FigureBasis> b)
    {
        b.ToTable("figure_basis");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // The row exists from the start, so every task change has a row to lock.
        b.HasData(new FigureBasis { Id = FigureBasis.Single });
    }
}

internal sealed class ProgressNoteConfiguration : IEntityTypeConfiguration<ProgressNote>
{
    public void Configure(EntityTypeBuilder<ProgressNote> b)
    {
        b.ToTable("progress_notes");
        b.HasKey(p => p.EntryId);
        b.HasIndex(p => new { p.TaskId, p.Position });
    }
}

internal sealed class UnitContactConfiguration : IEntityTypeConfiguration<UnitContact>
{
    public void Configure(EntityTypeBuilder<UnitContact> b)
    {
        b.ToTable("unit_contacts");
        b.HasKey(c => c.UnitId);
        b.Property(c => c.Phone).HasMaxLength(50);
        b.Property(c => c.Email).HasMaxLength(200);
        b.Property(c => c.Address).HasMaxLength(300);
    }
}

internal sealed class PersonNameConfiguration : IEntityTypeConfiguration<PersonName>
{
    public void Configure(EntityTypeBuilder<PersonName> b)
    {
        b.ToTable("person_names");
        b.HasKey(p => p.PersonId);
        b.Property(p => p.Name).HasMaxLength(100);
        b.HasIndex(p => p.UnitId);
    }
}
