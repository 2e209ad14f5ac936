package dev.callpickup.sandbox.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Webex ID scheme of call pickups. */
class PickupIdsTest {

    @Test
    void matchesTheIdsOfTheContractsExamples() {
        assertThat(PickupIds.forName("callPickup2"))
                .isEqualTo("Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNEST0");
        assertThat(PickupIds.forName("callPickup1"))
                .isEqualTo("Y2lzY29zcGFyazovL3VzL0NBTExfUElDS1VQL1kyRnNiRkJwWTJ0MWNERT0");
    }

    @Test
    void nameOfInvertsForNameIncludingUnicode() {
        for (String name : new String[] {"South Alaska-Group", "Ünïcødé 組", "a", "x".repeat(80)}) {
            assertThat(PickupIds.nameOf(PickupIds.forName(name))).contains(name);
        }
    }

    @Test
    void foreignOrNonCanonicalIdsHaveNoName() {
        assertThat(PickupIds.nameOf("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzEyMzQ1")).isEmpty();
        assertThat(PickupIds.nameOf(PickupIds.forName("callPickup2") + "=")).isEmpty();
        assertThat(PickupIds.nameOf("!!!")).isEmpty();
        assertThat(PickupIds.nameOf("")).isEmpty();
    }
}
