-- records one upload (or roll back) with its counts
insert into uploads (
    id, kind, file_name, sha256, size_bytes, uploaded_by,
    rows_inserted, rows_updated, rows_unchanged, catalog_rows, rolls_back
)
values (
    $id, $kind, $file_name, $sha256, $size_bytes, $uploaded_by,
    $rows_inserted, $rows_updated, $rows_unchanged, $catalog_rows, $rolls_back
)
