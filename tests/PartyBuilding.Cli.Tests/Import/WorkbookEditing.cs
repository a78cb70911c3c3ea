using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyBuilding.Cli.Tests.Import;

/// <summary>Writes a workbook and overwrites some of its cells, as a clerk typing into it would.</summary>
internal static class WorkbookEditing
{
    /// <summary>Writes a workbook, then overwrites cells with text (an empty text clears the cell).</summary>
    /// <param name="write">Writes the workbook.</param>
    /// <param name="changes">The sheet, the cell reference and the new text of each cell.</param>
    /// <returns>The workbook, positioned at its start.</returns>
    public static MemoryStream Edited(Action<Stream> write, params (string Sheet, string Cell, string Text)[] changes)
    {
        var book = new MemoryStream();
        write(book);
        using (var document = SpreadsheetDocument.Open(book, true))
        {
            var workbook = document.WorkbookPart!;
            foreach (var (sheetName, reference, text) in changes)
            {
                var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
                part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference).InlineString = new InlineString(new Text(text));
            }
        }

        book.Position = 0;
        return book;
    }
}
