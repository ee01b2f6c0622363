"""Everyday words for ImageNet classes: "taxicab" is a car, "Staffordshire Bull Terrier" a dog.

The frame classifier names 1 000 specific classes; people ask about "cars", "animals" or "the
street". Each class gets the general words a person would use for it: animals by the class
index ranges of ImageNet-1k's WordNet subtrees (dogs are 151-268, cats 281-293 ...), objects
from hand-written groups. Used to describe stretches of picture in answers, summaries and
search; the class name itself always comes first.

"person" is no ImageNet class: the face detector adds it to a window's labels (worker/understand.py).
"""

from __future__ import annotations

from functools import lru_cache

from models.faces import PERSON_LABEL
from models.hands import HAND_LABEL
from models.frames import imagenet_labels

__all__ = ["label_groups", "describe_labels"]

_ANIMAL_RANGES: list[tuple[int, int, tuple[str, ...]]] = [
    (0, 6, ("fish",)), (7, 24, ("bird",)), (25, 32, ("amphibian",)), (33, 37, ("turtle", "reptile")),
    (38, 50, ("reptile",)), (51, 68, ("snake", "reptile")), (69, 79, ("spider", "insect")),
    (80, 100, ("bird",)), (101, 106, ("mammal",)), (107, 126, ("sea creature",)), (127, 146, ("bird",)),
    (147, 150, ("sea mammal",)), (151, 268, ("dog",)), (269, 280, ("wild dog",)), (281, 285, ("cat",)),
    (286, 293, ("big cat", "cat")), (294, 297, ("bear",)), (298, 299, ("mammal",)), (300, 319, ("insect",)),
    (320, 326, ("butterfly", "insect")), (327, 329, ("sea creature",)), (330, 332, ("rabbit",)),
    (333, 338, ("rodent",)), (339, 340, ("horse",)), (341, 353, ("hoofed animal",)), (354, 355, ("camel",)),
    (356, 364, ("mammal",)), (365, 384, ("monkey", "primate")), (385, 386, ("elephant",)),
    (387, 388, ("panda", "bear")), (389, 397, ("fish",)),
]

_GROUPS: dict[tuple[str, ...], str] = {
    ("car", "vehicle"): "taxicab;limousine;minivan;station wagon;jeep;sports car;convertible;race car;ford model t;"
                        "car wheel;car mirror;radiator grille;police van;ambulance;moving van;go-kart;golf cart",
    ("truck", "vehicle"): "tow truck;garbage truck;fire truck;semi-trailer truck;pickup truck;forklift;tractor;"
                          "snowplow;half-track;amphibious vehicle;recreational vehicle;combine harvester",
    ("bus", "vehicle"): "minibus;school bus;trolleybus",
    ("train", "vehicle"): "tram;high-speed train;electric locomotive;steam locomotive;freight car;railroad car",
    ("bicycle", "bike", "vehicle"): "mountain bike;tandem bicycle;tricycle;unicycle",
    ("motorcycle", "scooter", "vehicle"): "moped;motor scooter",
    ("cart", "vehicle"): "rickshaw vehicle;horse-drawn vehicle;bullock cart;dog sled;wheelbarrow",
    ("boat", "ship", "water"): "kayak;catamaran;container ship;ocean liner;fireboat;lifeboat;schooner;trimaran;"
                               "yawl (boat);motorboat;canoe;gondola;submarine;aircraft carrier;pirate ship;"
                               "paddle wheel;shipwreck;paddle",
    ("airplane", "aircraft"): "airliner;airship;military aircraft;airplane wing;space shuttle;missile;parachute",
    ("street",): "parking meter;traffic or street sign;traffic light;manhole cover;mailbox;payphone;gas pump;"
                 "turnstile;pole;park bench;chain-link fence;picket fence;split-rail fence;stone wall;"
                 "automated teller machine;vending machine",
    ("building",): "castle;church;mosque;monastery;palace;bell tower;dome;obelisk;stupa;water tower;lighthouse;"
                   "prison;library;movie theater;planetarium;barn;boathouse;greenhouse;apiary;barbershop;bakery;"
                   "bookstore;butcher shop;candy store;grocery store;restaurant;shoe store;tobacco shop;toy store;"
                   "cliff dwelling;yurt;tile roof;thatched roof;triumphal arch;megalith;totem pole;"
                   "vaulted or arched ceiling;sliding door;window screen;window shade;patio",
    ("bridge", "city"): "through arch bridge;suspension bridge;viaduct",
    ("city", "building"): "scoreboard;construction crane;solar thermal collector;radio telescope;drilling rig",
    ("harbour", "water"): "pier;dock;breakwater;dam",
    ("computer", "screen"): "website;television;monitor;CRT monitor;desktop computer;laptop computer;"
                            "notebook computer;hand-held computer;home theater;projector;oscilloscope;"
                            "entertainment center (furniture)",
    ("computer",): "computer keyboard;typewriter keyboard;keyboard space bar;computer mouse;modem;printer;"
                   "hard disk drive;photocopier",
    ("phone",): "mobile phone;rotary dial telephone;payphone;iPod;remote control",
    ("camera",): "reflex camera;Polaroid camera;lens cap;tripod",
    ("furniture",): "dining table;desk;couch;rocking chair;folding chair;barber chair;throne;bookcase;"
                    "china cabinet;chiffonier;filing cabinet;wardrobe;medicine cabinet;four-poster bed;infant bed;"
                    "bassinet;cradle;table lamp;lampshade;pillow;quilt;shoji screen / room divider;storage chest",
    ("table",): "dining table;desk;pool table",
    ("plant",): "plant pot;vase;daisy;yellow lady's slipper;rapeseed;corn;acorn;rose hip;hay;horse chestnut seed;"
                "fruiting spike of a cereal plant;greenhouse;pot pie",
    ("mushroom", "plant"): "mushroom;coral fungus;agaric;gyromitra;stinkhorn mushroom;earth star fungus;"
                           "hen of the woods mushroom;bolete",
    ("fruit", "food"): "Granny Smith apple;strawberry;orange;lemon;fig;pineapple;banana;jackfruit;"
                       "cherimoya (custard apple);pomegranate",
    ("vegetable", "food"): "cabbage;broccoli;cauliflower;zucchini;spaghetti squash;acorn squash;butternut squash;"
                           "cucumber;artichoke;bell pepper;cardoon",
    ("food",): "plate;guacamole;consomme;hot pot;trifle;ice cream;popsicle;baguette;bagel;pretzel;cheeseburger;"
               "hot dog;mashed potatoes;carbonara;chocolate syrup;dough;meatloaf;pizza;burrito;bakery",
    ("drink",): "red wine;espresso;eggnog;beer bottle;wine bottle;beer glass;goblet;soda bottle;water bottle",
    ("cup", "mug"): "coffee mug;tea cup",
    ("kitchen",): "teapot;coffeepot;frying pan;wok;Dutch oven;Crock Pot;cauldron;mixing bowl;soup bowl;ladle;"
                  "spatula;wooden spoon;measuring cup;strainer;microwave oven;refrigerator;stove;toaster;"
                  "dishwasher;waffle iron;espresso machine;drink pitcher",
    ("landscape", "nature"): "mountain;cliff;promontory;valley;volcano;geyser;alp",
    ("water", "nature"): "lakeshore;sandbar;beach;coral reef;fountain;seashore",
    ("person",): "suit;military uniform;lab coat;academic gown;kimono;bridegroom;baseball player;scuba diver;gown;"
                 "tights for gymnastics, a one-piece leotard, or a sport jersey;bikini;swim trunks / shorts;"
                 "one-piece bathing suit;jeans;T-shirt;sweatshirt;cardigan;trench coat;fur coat;abaya;"
                 "hair wig;sunglasses;bow tie;Windsor tie;cowboy hat;sombrero;crash helmet;football helmet",
    ("musical instrument", "music"): "acoustic guitar;electric guitar;banjo;cello;violin;harp;grand piano;"
                                     "upright piano;accordion;drum;steel drum;gong;marimba xylophone;flute;oboe;"
                                     "saxophone;trombone;French horn;cornet trumpet;bassoon;harmonica;ocarina;"
                                     "pan flute;maraca;pipe organ;stage;microphone",
    ("clock",): "analog clock;wall clock;digital clock;digital watch;stopwatch;hourglass;sundial",
    ("ball", "sport"): "baseball;basketball;soccer ball;volleyball ball;rugby ball;tennis ball;golf ball;"
                       "croquet ball;ping-pong ball;hockey puck",
    ("book", "text"): "comic book;crossword;dust jacket;menu;ring binder;envelope;bookcase;bookstore;library",
    ("tent", "camping"): "tent;sleeping bag;yurt",
}


# Labels that come from other detectors than the classifier, with their everyday words.
_EXTRA: dict[str, tuple[str, ...]] = {
    PERSON_LABEL: ("people", "face"),
    HAND_LABEL: ("fingers", "arm", "person"),
}


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    labels = imagenet_labels()
    table: dict[str, list[str]] = {}
    for first, last, words in _ANIMAL_RANGES:
        for i in range(first, last + 1):
            table.setdefault(labels[i], []).extend((*words, "animal"))
    known = set(labels)
    for words, names in _GROUPS.items():
        for name in names.split(";"):
            if name in known:
                table.setdefault(name, []).extend(words)
    for name, words in _EXTRA.items():
        table.setdefault(name, []).extend(words)
    return {name: tuple(dict.fromkeys(w for w in words if w.lower() != name.lower())) for name, words in table.items()}


def label_groups(label: str) -> tuple[str, ...]:
    """The everyday words for one class name (empty for classes in no group)."""
    return _table().get(label, ())


def describe_labels(labels: list[str]) -> str:
    """``["taxicab", "tram"]`` -> ``"taxicab, tram (car, vehicle, train)"``."""
    groups = list(dict.fromkeys(w for label in labels for w in label_groups(label)))
    text = ", ".join(labels)
    return f"{text} ({', '.join(groups)})" if groups else text
