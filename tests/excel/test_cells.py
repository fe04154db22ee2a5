from branchops.excel.cells import (
    clean_text,
    is_formula_like,
    mask_free_text,
    mask_name,
    mask_phone,
)


def test_mobile_numbers_keep_prefix_and_last_four():
    assert mask_phone("13812341234") == "138****1234"
    assert mask_phone("138-1234-1234") == "138****1234"
    assert mask_phone(" 021 5888 1234 ") == "****1234"
    assert mask_phone("12") == "****"
    assert mask_phone("") == ""


def test_names_keep_the_first_character():
    assert mask_name("张三丰") == "张**"
    assert mask_name("王芳") == "王*"
    assert mask_name("Li Na") == "L****"


def test_phones_inside_free_text_are_masked():
    text = "客户 13812345678 来电，另留座机 021-58881234。"
    masked = mask_free_text(text)
    assert "13812345678" not in masked and "138****5678" in masked
    assert "58881234" not in masked and "021-****1234" in masked


def test_formula_triggers_include_full_width_and_control_characters():
    for text in ("=1+1", "+1", "-2", "@SUM(A1)", "\t=1", "＝1"):
        assert is_formula_like(text), text
    assert not is_formula_like("城东支行 = 好")


def test_clean_text_drops_characters_excel_cannot_store():
    assert clean_text("a\x00b\x07c") == "abc"
    assert len(clean_text("x" * 40_000)) == 32_767
