// Compiled by tests/bench/import.ps1 against ExcelDataReader 3.6: reads every cell of the first sheet.
using System.IO;
using ExcelDataReader;

public static class PipesExcelDataReaderBaseline
{
    public static long ReadAllCells(string path)
    {
        long cells = 0;
        using var stream = File.Open(path, FileMode.Open, FileAccess.Read);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        while (reader.Read())
            for (var i = 0; i < reader.FieldCount; i++)
                if (reader.GetValue(i) != null) cells++;
        return cells;
    }
}
