import pytest

from inboxwallet.config import load_config
from inboxwallet.errors import ConfigError


def write(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_full_config(tmp_path):
    path = write(
        tmp_path,
        """
[identity]
addresses = ["Me@Example.com", "me@work.example"]
[contacts]
admit_inbound = true
[[accounts]]
name = "work"
host = "imap.example.com"
username = "me@example.com"
password_command = "pass show mail/work"
folders = ["INBOX", "Sent"]
[wallet]
half_life_days = 30
weights = { self_promotional = -3 }
[alerts]
unanswered_days = 3
""",
    )
    config = load_config(path)
    assert config.my_addresses == ("me@example.com", "me@work.example")
    assert config.admit_inbound
    [account] = config.accounts
    assert (account.port, account.tls, account.folders) == (993, "ssl", ("INBOX", "Sent"))
    assert config.wallet.half_life_days == 30.0
    assert config.wallet.weights["self_promotional"] == -3.0 and config.wallet.weights["value_giving"] == 3.0
    assert config.alerts.unanswered_days == 3.0


def test_missing_default_is_empty(tmp_path):
    assert load_config(tmp_path / "nope.toml").my_addresses == ()
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.toml", must_exist=True)


@pytest.mark.parametrize(
    "text, message",
    [
        ("[identity]\naddresses = 'me@x.example'", "identity.addresses: expected a list of strings"),
        ("[identity\n", "not valid TOML"),
        ("[wallet]\nhalf_life = 3", "wallet.half_life: unknown key"),
        ("[wallet]\nhalf_life_days = 'soon'", "wallet.half_life_days: expected float"),
        ("[colour]\n", "colour: unknown key"),
        ("[[accounts]]\nname='a'\nhost='imap.x.example'\nusername='u'", "accounts[0]: needs password_command"),
        ("[[accounts]]\nname='a'\nhost='imap.x.example'\nusername='u'\npassword_env='P'\ntls='none'", "'none' is only allowed"),
        ("[[accounts]]\nname='a'\nhost='h'\nusername='u'\npassword_env='P'\ntls='tls1'", "accounts[0].tls: must be one of"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(str(path) + ": ")
    assert message in str(info.value)
