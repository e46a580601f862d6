---- MODULE BigModel ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
A0 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A2 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A3 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A4 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A5 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A6 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A7 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A8 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A9 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A10 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A11 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A12 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A13 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A14 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A15 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A16 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A17 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A18 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A19 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A20 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A21 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A22 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A23 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A24 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A25 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A26 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A27 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A28 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A29 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A30 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A31 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A32 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A33 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A34 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A35 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A36 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A37 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A38 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A39 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A40 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A41 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A42 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A43 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A44 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A45 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A46 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A47 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A48 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A49 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A50 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A51 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A52 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A53 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A54 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A55 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A56 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A57 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A58 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A59 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A60 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A61 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A62 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A63 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A64 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A65 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A66 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A67 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A68 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A69 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A70 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A71 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A72 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A73 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A74 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A75 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A76 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A77 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A78 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A79 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A80 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A81 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A82 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A83 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A84 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A85 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A86 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A87 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A88 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A89 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A90 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A91 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A92 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A93 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A94 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A95 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A96 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A97 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A98 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A99 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A100 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A101 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A102 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A103 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A104 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A105 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A106 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A107 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A108 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A109 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A110 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A111 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A112 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A113 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A114 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A115 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A116 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A117 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A118 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A119 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A120 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A121 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A122 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A123 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A124 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A125 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A126 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A127 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A128 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A129 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A130 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A131 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A132 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A133 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A134 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A135 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A136 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A137 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A138 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A139 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A140 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A141 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A142 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A143 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A144 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A145 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A146 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A147 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A148 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A149 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A150 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A151 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A152 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A153 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A154 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A155 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A156 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A157 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A158 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A159 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A160 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A161 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A162 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A163 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A164 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A165 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A166 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A167 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A168 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A169 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A170 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A171 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A172 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A173 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A174 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A175 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A176 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A177 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A178 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A179 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A180 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A181 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A182 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A183 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A184 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A185 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A186 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A187 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A188 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A189 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A190 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A191 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A192 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A193 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A194 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A195 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A196 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A197 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A198 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A199 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A200 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A201 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A202 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A203 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A204 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A205 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A206 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A207 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A208 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A209 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A210 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A211 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A212 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A213 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A214 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A215 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A216 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A217 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A218 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A219 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A220 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A221 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A222 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A223 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A224 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A225 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A226 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A227 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A228 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A229 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A230 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A231 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A232 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A233 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A234 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A235 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A236 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A237 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A238 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A239 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A240 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A241 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A242 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A243 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A244 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A245 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A246 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A247 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A248 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A249 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A250 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A251 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A252 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A253 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A254 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A255 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A256 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A257 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A258 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A259 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A260 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A261 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A262 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A263 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A264 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A265 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A266 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A267 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A268 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A269 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A270 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A271 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A272 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A273 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A274 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A275 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A276 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A277 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A278 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A279 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A280 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A281 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A282 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A283 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A284 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A285 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A286 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A287 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A288 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A289 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A290 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A291 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A292 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A293 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A294 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A295 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A296 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A297 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A298 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A299 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A300 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A301 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A302 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A303 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A304 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A305 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A306 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A307 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A308 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A309 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A310 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A311 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A312 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A313 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A314 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A315 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A316 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A317 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A318 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A319 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A320 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A321 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A322 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A323 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A324 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A325 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A326 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A327 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A328 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A329 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A330 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A331 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A332 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A333 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A334 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A335 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A336 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A337 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A338 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A339 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A340 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A341 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A342 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A343 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A344 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A345 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A346 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A347 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A348 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A349 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A350 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A351 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A352 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A353 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A354 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A355 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A356 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A357 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A358 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A359 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A360 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A361 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A362 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A363 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A364 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A365 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A366 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A367 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A368 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A369 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A370 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A371 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A372 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A373 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A374 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A375 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A376 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A377 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A378 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A379 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A380 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A381 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A382 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A383 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A384 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A385 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A386 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A387 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A388 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A389 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A390 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A391 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A392 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A393 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A394 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A395 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A396 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A397 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A398 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A399 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A400 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A401 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A402 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A403 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A404 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A405 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A406 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A407 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A408 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A409 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A410 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A411 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A412 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A413 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A414 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A415 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A416 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A417 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A418 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A419 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A420 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A421 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A422 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A423 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A424 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A425 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A426 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A427 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A428 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A429 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A430 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A431 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A432 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A433 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A434 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A435 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A436 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A437 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A438 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A439 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A440 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A441 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A442 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A443 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A444 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A445 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A446 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A447 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A448 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A449 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A450 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A451 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A452 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A453 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A454 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A455 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A456 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A457 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A458 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A459 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A460 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A461 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A462 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A463 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A464 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A465 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A466 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A467 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A468 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A469 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A470 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A471 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A472 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A473 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A474 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A475 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A476 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A477 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A478 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A479 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A480 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A481 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A482 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A483 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A484 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A485 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A486 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A487 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A488 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A489 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A490 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A491 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A492 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A493 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A494 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A495 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A496 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A497 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A498 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A499 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A500 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A501 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A502 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A503 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A504 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A505 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A506 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A507 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A508 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A509 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A510 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A511 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A512 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A513 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A514 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A515 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A516 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A517 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A518 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A519 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A520 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A521 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A522 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A523 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A524 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A525 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A526 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A527 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A528 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A529 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A530 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A531 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A532 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A533 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A534 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A535 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A536 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A537 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A538 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A539 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A540 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A541 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A542 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A543 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A544 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A545 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A546 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A547 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A548 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A549 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A550 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A551 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A552 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A553 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A554 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A555 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A556 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A557 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A558 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A559 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A560 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A561 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A562 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A563 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A564 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A565 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A566 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A567 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A568 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A569 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A570 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A571 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A572 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A573 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A574 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A575 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A576 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A577 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A578 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A579 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A580 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A581 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A582 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A583 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A584 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A585 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A586 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A587 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A588 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A589 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A590 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A591 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A592 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A593 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A594 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A595 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A596 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A597 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A598 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A599 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A600 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A601 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A602 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A603 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A604 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A605 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A606 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A607 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A608 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A609 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A610 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A611 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A612 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A613 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A614 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A615 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A616 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A617 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A618 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A619 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A620 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A621 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A622 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A623 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A624 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A625 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A626 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A627 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A628 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A629 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A630 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A631 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A632 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A633 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A634 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A635 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A636 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A637 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A638 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A639 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A640 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A641 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A642 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A643 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A644 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A645 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A646 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A647 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A648 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A649 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A650 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A651 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A652 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A653 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A654 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A655 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A656 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A657 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A658 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A659 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A660 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A661 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A662 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A663 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A664 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A665 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A666 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A667 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A668 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A669 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A670 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A671 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A672 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A673 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A674 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A675 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A676 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A677 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A678 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A679 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A680 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A681 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A682 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A683 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A684 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A685 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A686 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A687 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A688 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A689 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A690 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A691 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A692 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A693 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A694 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A695 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A696 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A697 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A698 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A699 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A700 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A701 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A702 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A703 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A704 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A705 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A706 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A707 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A708 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A709 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A710 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A711 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A712 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A713 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A714 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A715 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A716 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A717 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A718 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A719 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A720 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A721 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A722 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A723 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A724 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A725 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A726 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A727 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A728 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A729 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A730 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A731 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A732 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A733 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A734 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A735 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A736 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A737 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A738 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A739 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A740 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A741 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A742 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A743 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A744 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A745 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A746 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A747 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A748 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A749 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A750 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A751 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A752 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A753 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A754 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A755 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A756 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A757 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A758 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A759 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A760 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A761 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A762 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A763 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A764 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A765 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A766 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A767 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A768 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A769 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A770 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A771 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A772 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A773 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A774 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A775 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A776 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A777 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A778 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A779 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A780 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A781 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A782 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A783 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A784 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A785 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A786 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A787 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A788 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A789 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A790 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A791 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A792 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A793 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A794 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A795 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A796 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A797 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A798 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A799 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A800 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A801 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A802 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A803 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A804 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A805 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A806 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A807 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A808 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A809 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A810 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A811 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A812 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A813 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A814 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A815 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A816 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A817 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A818 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A819 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A820 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A821 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A822 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A823 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A824 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A825 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A826 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A827 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A828 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A829 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A830 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A831 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A832 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A833 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A834 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A835 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A836 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A837 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A838 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A839 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A840 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A841 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A842 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A843 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A844 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A845 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A846 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A847 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A848 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A849 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A850 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A851 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A852 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A853 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A854 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A855 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A856 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A857 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A858 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A859 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A860 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A861 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A862 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A863 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A864 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A865 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A866 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A867 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A868 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A869 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A870 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A871 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A872 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A873 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A874 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A875 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A876 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A877 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A878 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A879 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A880 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A881 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A882 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A883 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A884 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A885 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A886 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A887 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A888 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A889 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A890 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A891 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A892 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A893 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A894 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A895 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A896 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A897 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A898 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A899 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A900 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A901 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A902 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A903 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A904 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A905 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A906 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A907 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A908 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A909 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A910 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A911 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A912 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A913 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A914 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A915 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A916 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A917 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A918 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A919 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A920 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A921 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A922 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A923 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A924 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A925 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A926 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A927 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A928 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A929 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A930 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A931 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A932 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A933 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A934 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A935 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A936 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A937 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A938 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A939 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A940 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A941 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A942 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A943 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A944 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A945 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A946 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A947 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A948 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A949 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A950 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A951 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A952 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A953 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A954 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A955 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A956 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A957 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A958 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A959 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A960 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A961 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A962 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A963 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A964 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A965 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A966 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A967 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A968 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A969 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A970 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A971 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A972 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A973 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A974 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A975 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A976 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A977 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A978 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A979 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A980 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A981 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A982 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A983 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A984 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A985 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A986 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A987 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A988 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A989 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A990 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A991 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A992 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A993 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A994 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A995 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A996 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A997 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A998 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A999 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1000 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1001 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1002 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1003 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1004 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1005 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1006 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1007 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1008 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1009 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1010 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1011 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1012 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1013 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1014 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1015 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1016 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1017 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1018 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1019 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1020 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1021 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1022 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1023 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1024 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1025 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1026 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1027 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1028 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1029 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1030 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1031 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1032 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1033 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1034 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1035 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1036 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1037 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1038 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1039 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1040 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1041 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1042 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1043 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1044 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1045 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1046 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1047 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1048 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1049 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1050 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1051 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1052 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1053 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1054 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1055 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1056 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1057 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1058 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1059 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1060 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1061 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1062 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1063 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1064 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1065 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1066 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1067 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1068 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1069 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1070 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1071 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1072 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1073 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1074 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1075 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1076 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1077 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1078 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1079 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1080 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1081 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1082 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1083 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1084 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1085 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1086 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1087 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1088 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1089 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1090 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1091 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1092 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1093 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1094 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1095 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1096 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1097 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1098 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1099 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1100 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1101 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1102 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1103 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1104 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1105 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1106 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1107 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1108 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1109 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1110 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1111 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1112 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1113 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1114 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1115 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1116 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1117 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1118 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1119 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1120 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1121 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1122 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1123 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1124 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1125 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1126 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1127 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1128 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1129 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1130 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1131 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1132 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1133 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1134 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1135 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1136 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1137 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1138 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1139 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1140 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1141 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1142 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1143 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1144 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1145 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1146 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1147 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1148 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1149 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1150 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1151 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1152 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1153 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1154 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1155 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1156 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1157 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1158 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1159 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1160 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1161 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1162 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1163 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1164 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1165 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1166 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1167 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1168 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1169 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1170 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1171 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1172 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1173 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1174 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1175 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1176 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1177 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1178 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1179 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1180 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1181 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1182 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1183 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1184 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1185 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1186 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1187 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1188 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1189 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1190 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1191 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1192 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1193 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1194 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1195 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1196 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1197 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1198 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1199 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1200 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1201 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1202 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1203 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1204 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1205 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1206 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1207 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1208 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1209 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1210 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1211 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1212 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1213 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1214 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1215 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1216 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1217 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1218 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1219 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1220 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1221 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1222 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1223 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1224 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1225 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1226 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1227 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1228 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1229 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1230 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1231 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1232 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1233 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1234 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1235 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1236 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1237 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1238 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1239 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1240 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1241 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1242 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1243 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1244 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1245 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1246 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1247 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1248 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1249 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1250 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1251 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1252 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1253 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1254 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1255 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1256 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1257 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1258 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1259 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1260 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1261 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1262 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1263 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1264 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1265 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1266 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1267 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1268 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1269 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1270 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1271 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1272 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1273 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1274 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1275 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1276 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1277 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1278 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1279 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1280 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1281 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1282 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1283 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1284 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1285 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1286 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1287 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1288 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1289 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1290 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1291 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1292 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1293 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1294 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1295 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1296 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1297 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1298 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1299 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1300 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1301 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1302 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1303 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1304 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1305 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1306 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1307 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1308 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1309 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1310 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1311 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1312 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1313 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1314 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1315 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1316 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1317 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1318 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1319 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1320 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1321 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1322 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1323 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1324 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1325 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1326 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1327 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1328 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1329 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1330 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1331 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1332 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1333 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1334 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1335 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1336 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1337 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1338 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1339 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1340 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1341 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1342 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1343 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1344 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1345 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1346 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1347 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1348 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1349 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1350 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1351 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1352 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1353 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1354 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1355 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1356 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1357 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1358 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1359 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1360 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1361 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1362 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1363 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1364 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1365 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1366 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1367 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1368 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1369 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1370 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1371 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1372 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1373 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1374 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1375 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1376 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1377 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1378 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1379 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1380 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1381 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1382 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1383 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1384 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1385 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1386 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1387 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1388 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1389 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1390 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1391 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1392 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1393 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1394 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1395 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1396 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1397 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1398 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1399 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1400 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1401 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1402 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1403 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1404 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1405 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1406 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1407 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1408 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1409 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1410 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1411 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1412 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1413 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1414 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1415 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1416 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1417 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1418 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1419 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1420 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1421 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1422 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1423 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1424 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1425 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1426 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1427 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1428 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1429 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1430 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1431 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1432 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1433 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1434 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1435 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1436 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1437 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1438 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1439 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1440 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1441 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1442 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1443 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1444 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1445 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1446 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1447 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1448 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1449 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1450 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1451 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1452 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1453 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1454 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1455 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1456 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1457 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1458 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1459 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1460 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1461 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1462 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1463 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1464 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1465 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1466 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1467 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1468 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1469 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1470 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1471 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1472 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1473 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1474 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1475 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1476 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1477 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1478 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1479 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1480 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1481 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1482 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1483 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1484 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1485 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1486 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1487 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1488 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1489 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1490 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1491 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1492 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1493 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1494 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1495 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1496 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1497 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 1) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1498 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 2) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
A1499 == /\ x < 5 /\ y \in {0, 1, 2}
        /\ x' = (x + 3) % 6
        /\ y' = IF y > 1 THEN y - 1 ELSE y + 1
Next == A0 \/ A1 \/ A2 \/ A3 \/ A4 \/ A5 \/ A6 \/ A7 \/ A8 \/ A9 \/ A10 \/ A11 \/ A12 \/ A13 \/ A14 \/ A15 \/ A16 \/ A17 \/ A18 \/ A19 \/ A20 \/ A21 \/ A22 \/ A23 \/ A24 \/ A25 \/ A26 \/ A27 \/ A28 \/ A29 \/ A30 \/ A31 \/ A32 \/ A33 \/ A34 \/ A35 \/ A36 \/ A37 \/ A38 \/ A39 \/ A40 \/ A41 \/ A42 \/ A43 \/ A44 \/ A45 \/ A46 \/ A47 \/ A48 \/ A49 \/ A50 \/ A51 \/ A52 \/ A53 \/ A54 \/ A55 \/ A56 \/ A57 \/ A58 \/ A59 \/ A60 \/ A61 \/ A62 \/ A63 \/ A64 \/ A65 \/ A66 \/ A67 \/ A68 \/ A69 \/ A70 \/ A71 \/ A72 \/ A73 \/ A74 \/ A75 \/ A76 \/ A77 \/ A78 \/ A79 \/ A80 \/ A81 \/ A82 \/ A83 \/ A84 \/ A85 \/ A86 \/ A87 \/ A88 \/ A89 \/ A90 \/ A91 \/ A92 \/ A93 \/ A94 \/ A95 \/ A96 \/ A97 \/ A98 \/ A99 \/ A100 \/ A101 \/ A102 \/ A103 \/ A104 \/ A105 \/ A106 \/ A107 \/ A108 \/ A109 \/ A110 \/ A111 \/ A112 \/ A113 \/ A114 \/ A115 \/ A116 \/ A117 \/ A118 \/ A119 \/ A120 \/ A121 \/ A122 \/ A123 \/ A124 \/ A125 \/ A126 \/ A127 \/ A128 \/ A129 \/ A130 \/ A131 \/ A132 \/ A133 \/ A134 \/ A135 \/ A136 \/ A137 \/ A138 \/ A139 \/ A140 \/ A141 \/ A142 \/ A143 \/ A144 \/ A145 \/ A146 \/ A147 \/ A148 \/ A149 \/ A150 \/ A151 \/ A152 \/ A153 \/ A154 \/ A155 \/ A156 \/ A157 \/ A158 \/ A159 \/ A160 \/ A161 \/ A162 \/ A163 \/ A164 \/ A165 \/ A166 \/ A167 \/ A168 \/ A169 \/ A170 \/ A171 \/ A172 \/ A173 \/ A174 \/ A175 \/ A176 \/ A177 \/ A178 \/ A179 \/ A180 \/ A181 \/ A182 \/ A183 \/ A184 \/ A185 \/ A186 \/ A187 \/ A188 \/ A189 \/ A190 \/ A191 \/ A192 \/ A193 \/ A194 \/ A195 \/ A196 \/ A197 \/ A198 \/ A199 \/ A200 \/ A201 \/ A202 \/ A203 \/ A204 \/ A205 \/ A206 \/ A207 \/ A208 \/ A209 \/ A210 \/ A211 \/ A212 \/ A213 \/ A214 \/ A215 \/ A216 \/ A217 \/ A218 \/ A219 \/ A220 \/ A221 \/ A222 \/ A223 \/ A224 \/ A225 \/ A226 \/ A227 \/ A228 \/ A229 \/ A230 \/ A231 \/ A232 \/ A233 \/ A234 \/ A235 \/ A236 \/ A237 \/ A238 \/ A239 \/ A240 \/ A241 \/ A242 \/ A243 \/ A244 \/ A245 \/ A246 \/ A247 \/ A248 \/ A249 \/ A250 \/ A251 \/ A252 \/ A253 \/ A254 \/ A255 \/ A256 \/ A257 \/ A258 \/ A259 \/ A260 \/ A261 \/ A262 \/ A263 \/ A264 \/ A265 \/ A266 \/ A267 \/ A268 \/ A269 \/ A270 \/ A271 \/ A272 \/ A273 \/ A274 \/ A275 \/ A276 \/ A277 \/ A278 \/ A279 \/ A280 \/ A281 \/ A282 \/ A283 \/ A284 \/ A285 \/ A286 \/ A287 \/ A288 \/ A289 \/ A290 \/ A291 \/ A292 \/ A293 \/ A294 \/ A295 \/ A296 \/ A297 \/ A298 \/ A299 \/ A300 \/ A301 \/ A302 \/ A303 \/ A304 \/ A305 \/ A306 \/ A307 \/ A308 \/ A309 \/ A310 \/ A311 \/ A312 \/ A313 \/ A314 \/ A315 \/ A316 \/ A317 \/ A318 \/ A319 \/ A320 \/ A321 \/ A322 \/ A323 \/ A324 \/ A325 \/ A326 \/ A327 \/ A328 \/ A329 \/ A330 \/ A331 \/ A332 \/ A333 \/ A334 \/ A335 \/ A336 \/ A337 \/ A338 \/ A339 \/ A340 \/ A341 \/ A342 \/ A343 \/ A344 \/ A345 \/ A346 \/ A347 \/ A348 \/ A349 \/ A350 \/ A351 \/ A352 \/ A353 \/ A354 \/ A355 \/ A356 \/ A357 \/ A358 \/ A359 \/ A360 \/ A361 \/ A362 \/ A363 \/ A364 \/ A365 \/ A366 \/ A367 \/ A368 \/ A369 \/ A370 \/ A371 \/ A372 \/ A373 \/ A374 \/ A375 \/ A376 \/ A377 \/ A378 \/ A379 \/ A380 \/ A381 \/ A382 \/ A383 \/ A384 \/ A385 \/ A386 \/ A387 \/ A388 \/ A389 \/ A390 \/ A391 \/ A392 \/ A393 \/ A394 \/ A395 \/ A396 \/ A397 \/ A398 \/ A399 \/ A400 \/ A401 \/ A402 \/ A403 \/ A404 \/ A405 \/ A406 \/ A407 \/ A408 \/ A409 \/ A410 \/ A411 \/ A412 \/ A413 \/ A414 \/ A415 \/ A416 \/ A417 \/ A418 \/ A419 \/ A420 \/ A421 \/ A422 \/ A423 \/ A424 \/ A425 \/ A426 \/ A427 \/ A428 \/ A429 \/ A430 \/ A431 \/ A432 \/ A433 \/ A434 \/ A435 \/ A436 \/ A437 \/ A438 \/ A439 \/ A440 \/ A441 \/ A442 \/ A443 \/ A444 \/ A445 \/ A446 \/ A447 \/ A448 \/ A449 \/ A450 \/ A451 \/ A452 \/ A453 \/ A454 \/ A455 \/ A456 \/ A457 \/ A458 \/ A459 \/ A460 \/ A461 \/ A462 \/ A463 \/ A464 \/ A465 \/ A466 \/ A467 \/ A468 \/ A469 \/ A470 \/ A471 \/ A472 \/ A473 \/ A474 \/ A475 \/ A476 \/ A477 \/ A478 \/ A479 \/ A480 \/ A481 \/ A482 \/ A483 \/ A484 \/ A485 \/ A486 \/ A487 \/ A488 \/ A489 \/ A490 \/ A491 \/ A492 \/ A493 \/ A494 \/ A495 \/ A496 \/ A497 \/ A498 \/ A499 \/ A500 \/ A501 \/ A502 \/ A503 \/ A504 \/ A505 \/ A506 \/ A507 \/ A508 \/ A509 \/ A510 \/ A511 \/ A512 \/ A513 \/ A514 \/ A515 \/ A516 \/ A517 \/ A518 \/ A519 \/ A520 \/ A521 \/ A522 \/ A523 \/ A524 \/ A525 \/ A526 \/ A527 \/ A528 \/ A529 \/ A530 \/ A531 \/ A532 \/ A533 \/ A534 \/ A535 \/ A536 \/ A537 \/ A538 \/ A539 \/ A540 \/ A541 \/ A542 \/ A543 \/ A544 \/ A545 \/ A546 \/ A547 \/ A548 \/ A549 \/ A550 \/ A551 \/ A552 \/ A553 \/ A554 \/ A555 \/ A556 \/ A557 \/ A558 \/ A559 \/ A560 \/ A561 \/ A562 \/ A563 \/ A564 \/ A565 \/ A566 \/ A567 \/ A568 \/ A569 \/ A570 \/ A571 \/ A572 \/ A573 \/ A574 \/ A575 \/ A576 \/ A577 \/ A578 \/ A579 \/ A580 \/ A581 \/ A582 \/ A583 \/ A584 \/ A585 \/ A586 \/ A587 \/ A588 \/ A589 \/ A590 \/ A591 \/ A592 \/ A593 \/ A594 \/ A595 \/ A596 \/ A597 \/ A598 \/ A599 \/ A600 \/ A601 \/ A602 \/ A603 \/ A604 \/ A605 \/ A606 \/ A607 \/ A608 \/ A609 \/ A610 \/ A611 \/ A612 \/ A613 \/ A614 \/ A615 \/ A616 \/ A617 \/ A618 \/ A619 \/ A620 \/ A621 \/ A622 \/ A623 \/ A624 \/ A625 \/ A626 \/ A627 \/ A628 \/ A629 \/ A630 \/ A631 \/ A632 \/ A633 \/ A634 \/ A635 \/ A636 \/ A637 \/ A638 \/ A639 \/ A640 \/ A641 \/ A642 \/ A643 \/ A644 \/ A645 \/ A646 \/ A647 \/ A648 \/ A649 \/ A650 \/ A651 \/ A652 \/ A653 \/ A654 \/ A655 \/ A656 \/ A657 \/ A658 \/ A659 \/ A660 \/ A661 \/ A662 \/ A663 \/ A664 \/ A665 \/ A666 \/ A667 \/ A668 \/ A669 \/ A670 \/ A671 \/ A672 \/ A673 \/ A674 \/ A675 \/ A676 \/ A677 \/ A678 \/ A679 \/ A680 \/ A681 \/ A682 \/ A683 \/ A684 \/ A685 \/ A686 \/ A687 \/ A688 \/ A689 \/ A690 \/ A691 \/ A692 \/ A693 \/ A694 \/ A695 \/ A696 \/ A697 \/ A698 \/ A699 \/ A700 \/ A701 \/ A702 \/ A703 \/ A704 \/ A705 \/ A706 \/ A707 \/ A708 \/ A709 \/ A710 \/ A711 \/ A712 \/ A713 \/ A714 \/ A715 \/ A716 \/ A717 \/ A718 \/ A719 \/ A720 \/ A721 \/ A722 \/ A723 \/ A724 \/ A725 \/ A726 \/ A727 \/ A728 \/ A729 \/ A730 \/ A731 \/ A732 \/ A733 \/ A734 \/ A735 \/ A736 \/ A737 \/ A738 \/ A739 \/ A740 \/ A741 \/ A742 \/ A743 \/ A744 \/ A745 \/ A746 \/ A747 \/ A748 \/ A749 \/ A750 \/ A751 \/ A752 \/ A753 \/ A754 \/ A755 \/ A756 \/ A757 \/ A758 \/ A759 \/ A760 \/ A761 \/ A762 \/ A763 \/ A764 \/ A765 \/ A766 \/ A767 \/ A768 \/ A769 \/ A770 \/ A771 \/ A772 \/ A773 \/ A774 \/ A775 \/ A776 \/ A777 \/ A778 \/ A779 \/ A780 \/ A781 \/ A782 \/ A783 \/ A784 \/ A785 \/ A786 \/ A787 \/ A788 \/ A789 \/ A790 \/ A791 \/ A792 \/ A793 \/ A794 \/ A795 \/ A796 \/ A797 \/ A798 \/ A799 \/ A800 \/ A801 \/ A802 \/ A803 \/ A804 \/ A805 \/ A806 \/ A807 \/ A808 \/ A809 \/ A810 \/ A811 \/ A812 \/ A813 \/ A814 \/ A815 \/ A816 \/ A817 \/ A818 \/ A819 \/ A820 \/ A821 \/ A822 \/ A823 \/ A824 \/ A825 \/ A826 \/ A827 \/ A828 \/ A829 \/ A830 \/ A831 \/ A832 \/ A833 \/ A834 \/ A835 \/ A836 \/ A837 \/ A838 \/ A839 \/ A840 \/ A841 \/ A842 \/ A843 \/ A844 \/ A845 \/ A846 \/ A847 \/ A848 \/ A849 \/ A850 \/ A851 \/ A852 \/ A853 \/ A854 \/ A855 \/ A856 \/ A857 \/ A858 \/ A859 \/ A860 \/ A861 \/ A862 \/ A863 \/ A864 \/ A865 \/ A866 \/ A867 \/ A868 \/ A869 \/ A870 \/ A871 \/ A872 \/ A873 \/ A874 \/ A875 \/ A876 \/ A877 \/ A878 \/ A879 \/ A880 \/ A881 \/ A882 \/ A883 \/ A884 \/ A885 \/ A886 \/ A887 \/ A888 \/ A889 \/ A890 \/ A891 \/ A892 \/ A893 \/ A894 \/ A895 \/ A896 \/ A897 \/ A898 \/ A899 \/ A900 \/ A901 \/ A902 \/ A903 \/ A904 \/ A905 \/ A906 \/ A907 \/ A908 \/ A909 \/ A910 \/ A911 \/ A912 \/ A913 \/ A914 \/ A915 \/ A916 \/ A917 \/ A918 \/ A919 \/ A920 \/ A921 \/ A922 \/ A923 \/ A924 \/ A925 \/ A926 \/ A927 \/ A928 \/ A929 \/ A930 \/ A931 \/ A932 \/ A933 \/ A934 \/ A935 \/ A936 \/ A937 \/ A938 \/ A939 \/ A940 \/ A941 \/ A942 \/ A943 \/ A944 \/ A945 \/ A946 \/ A947 \/ A948 \/ A949 \/ A950 \/ A951 \/ A952 \/ A953 \/ A954 \/ A955 \/ A956 \/ A957 \/ A958 \/ A959 \/ A960 \/ A961 \/ A962 \/ A963 \/ A964 \/ A965 \/ A966 \/ A967 \/ A968 \/ A969 \/ A970 \/ A971 \/ A972 \/ A973 \/ A974 \/ A975 \/ A976 \/ A977 \/ A978 \/ A979 \/ A980 \/ A981 \/ A982 \/ A983 \/ A984 \/ A985 \/ A986 \/ A987 \/ A988 \/ A989 \/ A990 \/ A991 \/ A992 \/ A993 \/ A994 \/ A995 \/ A996 \/ A997 \/ A998 \/ A999 \/ A1000 \/ A1001 \/ A1002 \/ A1003 \/ A1004 \/ A1005 \/ A1006 \/ A1007 \/ A1008 \/ A1009 \/ A1010 \/ A1011 \/ A1012 \/ A1013 \/ A1014 \/ A1015 \/ A1016 \/ A1017 \/ A1018 \/ A1019 \/ A1020 \/ A1021 \/ A1022 \/ A1023 \/ A1024 \/ A1025 \/ A1026 \/ A1027 \/ A1028 \/ A1029 \/ A1030 \/ A1031 \/ A1032 \/ A1033 \/ A1034 \/ A1035 \/ A1036 \/ A1037 \/ A1038 \/ A1039 \/ A1040 \/ A1041 \/ A1042 \/ A1043 \/ A1044 \/ A1045 \/ A1046 \/ A1047 \/ A1048 \/ A1049 \/ A1050 \/ A1051 \/ A1052 \/ A1053 \/ A1054 \/ A1055 \/ A1056 \/ A1057 \/ A1058 \/ A1059 \/ A1060 \/ A1061 \/ A1062 \/ A1063 \/ A1064 \/ A1065 \/ A1066 \/ A1067 \/ A1068 \/ A1069 \/ A1070 \/ A1071 \/ A1072 \/ A1073 \/ A1074 \/ A1075 \/ A1076 \/ A1077 \/ A1078 \/ A1079 \/ A1080 \/ A1081 \/ A1082 \/ A1083 \/ A1084 \/ A1085 \/ A1086 \/ A1087 \/ A1088 \/ A1089 \/ A1090 \/ A1091 \/ A1092 \/ A1093 \/ A1094 \/ A1095 \/ A1096 \/ A1097 \/ A1098 \/ A1099 \/ A1100 \/ A1101 \/ A1102 \/ A1103 \/ A1104 \/ A1105 \/ A1106 \/ A1107 \/ A1108 \/ A1109 \/ A1110 \/ A1111 \/ A1112 \/ A1113 \/ A1114 \/ A1115 \/ A1116 \/ A1117 \/ A1118 \/ A1119 \/ A1120 \/ A1121 \/ A1122 \/ A1123 \/ A1124 \/ A1125 \/ A1126 \/ A1127 \/ A1128 \/ A1129 \/ A1130 \/ A1131 \/ A1132 \/ A1133 \/ A1134 \/ A1135 \/ A1136 \/ A1137 \/ A1138 \/ A1139 \/ A1140 \/ A1141 \/ A1142 \/ A1143 \/ A1144 \/ A1145 \/ A1146 \/ A1147 \/ A1148 \/ A1149 \/ A1150 \/ A1151 \/ A1152 \/ A1153 \/ A1154 \/ A1155 \/ A1156 \/ A1157 \/ A1158 \/ A1159 \/ A1160 \/ A1161 \/ A1162 \/ A1163 \/ A1164 \/ A1165 \/ A1166 \/ A1167 \/ A1168 \/ A1169 \/ A1170 \/ A1171 \/ A1172 \/ A1173 \/ A1174 \/ A1175 \/ A1176 \/ A1177 \/ A1178 \/ A1179 \/ A1180 \/ A1181 \/ A1182 \/ A1183 \/ A1184 \/ A1185 \/ A1186 \/ A1187 \/ A1188 \/ A1189 \/ A1190 \/ A1191 \/ A1192 \/ A1193 \/ A1194 \/ A1195 \/ A1196 \/ A1197 \/ A1198 \/ A1199 \/ A1200 \/ A1201 \/ A1202 \/ A1203 \/ A1204 \/ A1205 \/ A1206 \/ A1207 \/ A1208 \/ A1209 \/ A1210 \/ A1211 \/ A1212 \/ A1213 \/ A1214 \/ A1215 \/ A1216 \/ A1217 \/ A1218 \/ A1219 \/ A1220 \/ A1221 \/ A1222 \/ A1223 \/ A1224 \/ A1225 \/ A1226 \/ A1227 \/ A1228 \/ A1229 \/ A1230 \/ A1231 \/ A1232 \/ A1233 \/ A1234 \/ A1235 \/ A1236 \/ A1237 \/ A1238 \/ A1239 \/ A1240 \/ A1241 \/ A1242 \/ A1243 \/ A1244 \/ A1245 \/ A1246 \/ A1247 \/ A1248 \/ A1249 \/ A1250 \/ A1251 \/ A1252 \/ A1253 \/ A1254 \/ A1255 \/ A1256 \/ A1257 \/ A1258 \/ A1259 \/ A1260 \/ A1261 \/ A1262 \/ A1263 \/ A1264 \/ A1265 \/ A1266 \/ A1267 \/ A1268 \/ A1269 \/ A1270 \/ A1271 \/ A1272 \/ A1273 \/ A1274 \/ A1275 \/ A1276 \/ A1277 \/ A1278 \/ A1279 \/ A1280 \/ A1281 \/ A1282 \/ A1283 \/ A1284 \/ A1285 \/ A1286 \/ A1287 \/ A1288 \/ A1289 \/ A1290 \/ A1291 \/ A1292 \/ A1293 \/ A1294 \/ A1295 \/ A1296 \/ A1297 \/ A1298 \/ A1299 \/ A1300 \/ A1301 \/ A1302 \/ A1303 \/ A1304 \/ A1305 \/ A1306 \/ A1307 \/ A1308 \/ A1309 \/ A1310 \/ A1311 \/ A1312 \/ A1313 \/ A1314 \/ A1315 \/ A1316 \/ A1317 \/ A1318 \/ A1319 \/ A1320 \/ A1321 \/ A1322 \/ A1323 \/ A1324 \/ A1325 \/ A1326 \/ A1327 \/ A1328 \/ A1329 \/ A1330 \/ A1331 \/ A1332 \/ A1333 \/ A1334 \/ A1335 \/ A1336 \/ A1337 \/ A1338 \/ A1339 \/ A1340 \/ A1341 \/ A1342 \/ A1343 \/ A1344 \/ A1345 \/ A1346 \/ A1347 \/ A1348 \/ A1349 \/ A1350 \/ A1351 \/ A1352 \/ A1353 \/ A1354 \/ A1355 \/ A1356 \/ A1357 \/ A1358 \/ A1359 \/ A1360 \/ A1361 \/ A1362 \/ A1363 \/ A1364 \/ A1365 \/ A1366 \/ A1367 \/ A1368 \/ A1369 \/ A1370 \/ A1371 \/ A1372 \/ A1373 \/ A1374 \/ A1375 \/ A1376 \/ A1377 \/ A1378 \/ A1379 \/ A1380 \/ A1381 \/ A1382 \/ A1383 \/ A1384 \/ A1385 \/ A1386 \/ A1387 \/ A1388 \/ A1389 \/ A1390 \/ A1391 \/ A1392 \/ A1393 \/ A1394 \/ A1395 \/ A1396 \/ A1397 \/ A1398 \/ A1399 \/ A1400 \/ A1401 \/ A1402 \/ A1403 \/ A1404 \/ A1405 \/ A1406 \/ A1407 \/ A1408 \/ A1409 \/ A1410 \/ A1411 \/ A1412 \/ A1413 \/ A1414 \/ A1415 \/ A1416 \/ A1417 \/ A1418 \/ A1419 \/ A1420 \/ A1421 \/ A1422 \/ A1423 \/ A1424 \/ A1425 \/ A1426 \/ A1427 \/ A1428 \/ A1429 \/ A1430 \/ A1431 \/ A1432 \/ A1433 \/ A1434 \/ A1435 \/ A1436 \/ A1437 \/ A1438 \/ A1439 \/ A1440 \/ A1441 \/ A1442 \/ A1443 \/ A1444 \/ A1445 \/ A1446 \/ A1447 \/ A1448 \/ A1449 \/ A1450 \/ A1451 \/ A1452 \/ A1453 \/ A1454 \/ A1455 \/ A1456 \/ A1457 \/ A1458 \/ A1459 \/ A1460 \/ A1461 \/ A1462 \/ A1463 \/ A1464 \/ A1465 \/ A1466 \/ A1467 \/ A1468 \/ A1469 \/ A1470 \/ A1471 \/ A1472 \/ A1473 \/ A1474 \/ A1475 \/ A1476 \/ A1477 \/ A1478 \/ A1479 \/ A1480 \/ A1481 \/ A1482 \/ A1483 \/ A1484 \/ A1485 \/ A1486 \/ A1487 \/ A1488 \/ A1489 \/ A1490 \/ A1491 \/ A1492 \/ A1493 \/ A1494 \/ A1495 \/ A1496 \/ A1497 \/ A1498 \/ A1499
TypeOK == x \in 0..5 /\ y \in 0..2
====
