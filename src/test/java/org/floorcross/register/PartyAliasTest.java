package org.floorcross.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyAliasTest {

    private final Register register = Register.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Labour and Co-operative | Labour | PP53
            Labour & Co-operative | Labour | PP53
            Labour Co-op | Labour | PP53
            Lab | Labour | PP53
            Labour Party | Labour | PP53
            LABOUR | Labour | PP53
            Tories | Conservative | PP52
            Tory | Conservative | PP52
            Conservatives | Conservative | PP52
            Conservative and Unionist | Conservative | PP52
            Con | Conservative | PP52
            Lib Dems | Liberal Democrats | PP90
            Lib Dem | Liberal Democrats | PP90
            LD | Liberal Democrats | PP90
            Liberal Democrat | Liberal Democrats | PP90
            Greens | Green | PP63
            Green Party | Green | PP63
            Green Party (E&W) | Green | PP63
            Scottish Greens | Green | PP130
            Reform | Reform UK | PP7931
            Reform UK | Reform UK | PP7931
            Plaid | Plaid Cymru | PP77
            The Brexit Party | Reform UK | PP7931
            Brexit Party | Reform UK | PP7931
            Independent / Other | Independent | independent
            Independents | Independent | independent
            Ind | Independent | independent
            Scottish National Party (SNP) | SNP | PP102
            Sinn Fein | Sinn Féin | PP39
            Democratic Unionist Party - D.U.P. | DUP | PP70
            Alba Party | Alba | PP12700
            Your Party | Your Party | PP18172
            Workers Party of Britain | Workers Party | PP11382
            UK Independence Party (UKIP) | UKIP | PP85
            Alliance - Alliance Party of Northern Ireland | Alliance | PP103
            Traditional Unionist Voice - TUV | TUV | PP680
            Trade Unionist and Socialist Coalition | TUSC | PP804
            SDLP (Social Democratic & Labour Party) | SDLP | PP55
            Ulster Unionist Party | UUP | PP83
            """)
    void resolvesAliasToCanonicalParty(String label, String name, String id) {
        assertThat(register.findParty(label)).hasValueSatisfying(party -> {
            assertThat(party.name()).isEqualTo(name);
            assertThat(party.id()).isEqualTo(id);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Monster Raving Loony Cheese Party", "Vacant", "Residents Association", "", "Independent Group"})
    void unknownOrDoubtfulLabelFindsNothing(String label) {
        assertThat(register.findParty(label)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Ashfield Independents,PP3902", "Broxtowe Alliance,PP17971", "the Official Monster Raving Loony Party,PP66"})
    void otherRegisteredPartiesKeepTheirRegisteredName(String label, String id) {
        assertThat(register.findParty(label)).map(Party::id).contains(id);
        assertThat(register.party(id)).map(Party::name).contains(register.party(id).orElseThrow().registeredName());
    }
}
