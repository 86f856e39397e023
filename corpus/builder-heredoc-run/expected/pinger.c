#include <stdio.h>

int main(void)
{
    printf("pong\n");
    return 0;
}
